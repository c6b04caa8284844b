'use client';

// The deck as seen by components inside slides (experiments in particular): which mode they
// render in, and a message channel to the deck's other windows (presenter ↔ audience).

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { onDeckMessage, sendDeckMessage } from './deck-channel';

export type DeckMode = 'reading' | 'audience' | 'presenter' | 'preview' | 'print';

export interface DeckApi {
  /** 'reading' outside presentation mode; 'preview' in thumbnails and the next-slide preview. */
  mode: DeckMode;
  /** Section slug in presentation mode. */
  slug: string | null;
  /**
   * Send a message to the other windows of this deck (no-op outside presentation mode and in
   * previews). `payload` must be structured-cloneable (plain data).
   */
  broadcast(topic: string, payload: unknown): void;
  /** Receive messages other windows sent on `topic`; returns an unsubscribe function. */
  subscribe(topic: string, handler: (payload: unknown) => void): () => void;
}

const noop = () => {};

function silentDeck(mode: DeckMode, slug: string | null): DeckApi {
  return { mode, slug, broadcast: noop, subscribe: () => noop };
}

const DeckContext = createContext<DeckApi>(silentDeck('reading', null));

/** The deck around this component; outside presentation mode, reading mode with no-ops. */
export function useDeck(): DeckApi {
  return useContext(DeckContext);
}

/** Gives a slide subtree its deck API: live windows talk to each other, the rest stay silent. */
export function DeckModeProvider({
  mode,
  slug,
  children,
}: {
  mode: DeckMode;
  slug: string;
  children: ReactNode;
}) {
  const api = useMemo<DeckApi>(() => {
    // Previews and print must never start or replay anything, so they hear nothing either.
    if (mode !== 'audience' && mode !== 'presenter') return silentDeck(mode, slug);
    return {
      mode,
      slug,
      broadcast: (topic, payload) => sendDeckMessage(slug, { kind: 'app', topic, payload }),
      subscribe: (topic, handler) =>
        onDeckMessage(slug, (message) => {
          if (message.kind === 'app' && message.topic === topic) handler(message.payload);
        }),
    };
  }, [mode, slug]);
  return <DeckContext value={api}>{children}</DeckContext>;
}

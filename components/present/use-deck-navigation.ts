'use client';

import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { applyCommand, type DeckCommand, type DeckState } from '@/lib/present/deck-state';
import type { DeckMessage, DeckRole } from '@/lib/present/messages';
import { STEP_ITEMS } from '@/lib/present/steps';
import { hashForSlide, slideFromHash } from '@/lib/present/url';
import { onDeckMessage, openDeckChannel, sendDeckMessage } from './deck-channel';
import type { DeckInfo } from './slide-view';

/** Where the last change came from: this window, another window of the deck, or the URL at start. */
type Origin = 'initial' | 'local' | 'remote';

interface Navigation {
  deck: DeckState;
  origin: Origin;
  /** Counts changes, so "has anything happened yet" is known (the live region stays quiet at start). */
  seq: number;
}

/** The body of the slide at `index` on this window's live stage. */
function stageBody(index: number): HTMLElement | null {
  return document.querySelector(`[data-deck-stage] [data-slide-index="${index}"] .slide-body`);
}

/** How many click-steps slide `index` has on this window's live stage. */
function stepsOf(index: number): number {
  return document.querySelectorAll(`[data-deck-stage] [data-slide-index="${index}"] ${STEP_ITEMS}`)
    .length;
}

const scrollFraction = (body: HTMLElement) => {
  const range = body.scrollHeight - body.clientHeight;
  return range > 0 ? Math.min(1, Math.max(0, body.scrollTop / range)) : 0;
};

/**
 * A deck window's current slide and blackout, kept in the URL hash and in step with the deck's
 * other windows over a BroadcastChannel: any window can navigate and all follow. A presenter
 * window that opens without a slide in its URL takes the slide of an open audience window.
 * Focus follows the slide (unless the reader is using the controls or a field elsewhere).
 */
export function useDeckNavigation(info: DeckInfo, role: DeckRole) {
  const count = info.slides.length;
  const { slug } = info;
  const [nav, setNav] = useState<Navigation & { fromUrl: boolean }>(() => {
    const fromHash = slideFromHash(window.location.hash, info.slides);
    return {
      deck: { index: fromHash ?? 0, blackout: false, step: 0 },
      origin: 'initial',
      seq: 0,
      fromUrl: fromHash !== null,
    };
  });

  const update = useCallback(
    (next: (deck: DeckState) => DeckState, origin: Origin) =>
      setNav((current) => {
        const deck = next(current.deck);
        if (
          deck.index === current.deck.index &&
          deck.blackout === current.deck.blackout &&
          deck.step === current.deck.step
        )
          return current;
        return { ...current, deck, origin, seq: current.seq + 1 };
      }),
    [],
  );

  /** Applies a command from this window (keys, buttons, swipes, dialogs). */
  const command = useCallback(
    (cmd: DeckCommand) => {
      // A slide taller than the screen scrolls before the deck moves on, so a clicker reaches
      // the end of it; the blackout takes precedence (any key only brings the slide back).
      if (!nav.deck.blackout && (cmd.type === 'next' || cmd.type === 'prev')) {
        const body = stageBody(nav.deck.index);
        if (body?.dataset.overflow === 'true') {
          const room =
            cmd.type === 'next'
              ? body.scrollHeight - body.clientHeight - body.scrollTop
              : body.scrollTop;
          if (room > 2) {
            body.scrollBy({ top: (cmd.type === 'next' ? 1 : -1) * body.clientHeight * 0.8 });
            return;
          }
        }
      }
      update((deck) => applyCommand(deck, cmd, count, stepsOf), 'local');
    },
    [nav.deck, update, count],
  );

  // Every change: the URL, the other windows, and the focus.
  useEffect(() => {
    const { index, blackout, step } = nav.deck;
    const url = new URL(window.location.href);
    url.hash = hashForSlide(index);
    if (url.href !== window.location.href)
      window.history.replaceState(window.history.state, '', url);
    if (nav.origin === 'local') sendDeckMessage(slug, { kind: 'state', index, blackout, step });

    const slide = document.querySelector<HTMLElement>(
      `[data-deck-stage] [data-slide-index="${index}"]`,
    );
    const active = document.activeElement;
    const inControls = active?.closest('[data-deck-controls]');
    const resting = !active || active === document.body || !!active.closest('[data-deck-stage]');
    // A local change moves focus to the new slide (but a control keeps focus while it is used);
    // a change from another window only if focus was resting on the old slide.
    if ((nav.origin !== 'remote' && !inControls) || (nav.origin === 'remote' && resting))
      slide?.focus({ preventScroll: true });
  }, [nav, slug]);

  const onMessage = useEffectEvent((message: DeckMessage) => {
    switch (message.kind) {
      case 'state':
        update(
          () => ({
            index: Math.min(message.index, count - 1),
            blackout: message.blackout,
            step: message.step,
          }),
          'remote',
        );
        break;
      case 'hello':
        // Presenters answer everyone; an audience window answers a presenter that just opened.
        if (role === 'presenter' || message.role === 'presenter')
          sendDeckMessage(slug, { kind: 'state', ...nav.deck });
        break;
      case 'scroll': {
        const body = stageBody(message.index);
        if (!body) break;
        const top = message.fraction * (body.scrollHeight - body.clientHeight);
        body.dataset.remoteScroll = String(top);
        body.scrollTop = top;
        break;
      }
    }
  });

  const greet = useEffectEvent(() => {
    // A presenter opened at a given slide takes the audience there; otherwise a window asks.
    if (role === 'presenter' && nav.fromUrl) sendDeckMessage(slug, { kind: 'state', ...nav.deck });
    else sendDeckMessage(slug, { kind: 'hello', role });
  });

  useEffect(() => {
    const close = openDeckChannel(slug);
    const unsubscribe = onDeckMessage(slug, onMessage);
    greet();
    return () => {
      unsubscribe();
      close();
    };
  }, [slug]);

  // Scrolling a tall slide scrolls it in the other windows too (one message per frame).
  useEffect(() => {
    let frame = 0;
    const onScroll = (event: Event) => {
      const body = event.target;
      if (!(body instanceof HTMLElement) || !body.matches('[data-deck-stage] .slide-body')) return;
      const echo = body.dataset.remoteScroll;
      if (echo !== undefined) {
        delete body.dataset.remoteScroll;
        if (Math.abs(Number(echo) - body.scrollTop) < 2) return;
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const index = Number(body.closest<HTMLElement>('[data-slide-index]')?.dataset.slideIndex);
        if (Number.isInteger(index))
          sendDeckMessage(slug, { kind: 'scroll', index, fraction: scrollFraction(body) });
      });
    };
    document.addEventListener('scroll', onScroll, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, [slug]);

  // Someone edits the hash (or follows a #5 link): go there, and take the other windows along.
  useEffect(() => {
    const onHashChange = () => {
      const index = slideFromHash(window.location.hash, info.slides);
      if (index !== null)
        update((deck) => applyCommand(deck, { type: 'goto', index }, count), 'local');
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [info.slides, update, count]);

  // Click-steps are the slide's own list items in the DOM: counted once the slide is drawn.
  const [steps, setSteps] = useState(0);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSteps(stepsOf(nav.deck.index)));
    return () => cancelAnimationFrame(frame);
  }, [nav.deck.index]);

  const title = info.slides[nav.deck.index].title;
  const announcement =
    nav.seq === 0
      ? ''
      : `Slide ${nav.deck.index + 1} of ${count}: ${title}${nav.deck.blackout ? ' (screen blacked out)' : ''}`;

  return {
    index: nav.deck.index,
    blackout: nav.deck.blackout,
    step: nav.deck.step,
    /** How many click-steps the current slide has. */
    steps,
    command,
    announcement,
  };
}

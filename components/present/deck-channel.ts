// The BroadcastChannel that links the windows of one deck (same browser, same origin).
// Module-level and reference-counted, so the deck API can send and subscribe at any time
// without holding the channel in React state, and StrictMode's double effects stay harmless.
import { deckChannelName, parseDeckMessage, type DeckMessage } from '@/lib/present/messages';

type Listener = (message: DeckMessage) => void;

const open = new Map<string, { channel: BroadcastChannel; users: number }>();
const listeners = new Map<string, Set<Listener>>();

/** Opens the deck's channel for as long as the returned function has not been called. */
export function openDeckChannel(slug: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  let entry = open.get(slug);
  if (!entry) {
    const channel = new BroadcastChannel(deckChannelName(slug));
    channel.onmessage = (event: MessageEvent) => {
      const message = parseDeckMessage(event.data);
      if (!message) return;
      for (const listener of listeners.get(slug) ?? []) listener(message);
    };
    entry = { channel, users: 0 };
    open.set(slug, entry);
  }
  entry.users += 1;
  const current = entry;
  return () => {
    current.users -= 1;
    if (current.users === 0) {
      current.channel.close();
      open.delete(slug);
    }
  };
}

/** Sends a message to the deck's other windows (dropped while the channel is closed). */
export function sendDeckMessage(slug: string, message: DeckMessage): void {
  open.get(slug)?.channel.postMessage(message);
}

/** Calls `listener` for every message from the deck's other windows; returns the unsubscribe. */
export function onDeckMessage(slug: string, listener: Listener): () => void {
  let set = listeners.get(slug);
  if (!set) {
    set = new Set();
    listeners.set(slug, set);
  }
  set.add(listener);
  const current = set;
  return () => {
    current.delete(listener);
  };
}

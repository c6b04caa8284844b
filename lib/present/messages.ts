// Messages between the windows of one deck (presenter and audience), over a BroadcastChannel.
// Everything arriving on the channel is checked before it is used.

/** The roles a deck window can have. */
export type DeckRole = 'audience' | 'presenter';

/** One message on a deck's channel. */
export type DeckMessage =
  /** A window moved to a slide or a step of it, or switched the blackout. */
  | { kind: 'state'; index: number; blackout: boolean; step: number }
  /** A window opened; presenter windows (and audience windows, to a new presenter) answer with their state. */
  | { kind: 'hello'; role: DeckRole }
  /** A window scrolled slide `index` (one taller than the screen) to `fraction` of its height. */
  | { kind: 'scroll'; index: number; fraction: number }
  /** An application message (experiments), see useDeck().broadcast. */
  | { kind: 'app'; topic: string; payload: unknown };

/** The BroadcastChannel name of a section's deck. */
export function deckChannelName(slug: string): string {
  return `concurrency-lab:deck:${slug}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0;

/** The message in `data`, or null when it is not a well-formed deck message. */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  if (!isRecord(data)) return null;
  switch (data.kind) {
    case 'state':
      return isCount(data.index) && typeof data.blackout === 'boolean' && isCount(data.step)
        ? { kind: 'state', index: data.index, blackout: data.blackout, step: data.step }
        : null;
    case 'hello':
      return data.role === 'audience' || data.role === 'presenter'
        ? { kind: 'hello', role: data.role }
        : null;
    case 'scroll':
      return Number.isInteger(data.index) &&
        (data.index as number) >= 0 &&
        typeof data.fraction === 'number' &&
        data.fraction >= 0 &&
        data.fraction <= 1
        ? { kind: 'scroll', index: data.index as number, fraction: data.fraction }
        : null;
    case 'app':
      return typeof data.topic === 'string' && data.topic !== ''
        ? { kind: 'app', topic: data.topic, payload: data.payload }
        : null;
    default:
      return null;
  }
}

import type { DeckAction } from './keys';

/** The part of a deck's state that every window of it shares. */
export interface DeckState {
  /** 0-based index of the current slide. */
  index: number;
  /** True while the audience screen is blacked out. */
  blackout: boolean;
  /** How many click-steps of the current slide are shown (`<Steps>`); 0 on arrival. */
  step: number;
}

/** A change to the shared state: a navigation key, a jump, or the blackout switch. */
export type DeckCommand =
  | { type: Extract<DeckAction, 'next' | 'prev' | 'first' | 'last' | 'blackout'> }
  | { type: 'goto'; index: number };

const clamp = (index: number, count: number) => Math.max(0, Math.min(count - 1, Math.trunc(index)));

/**
 * The state after `command` in a deck of `count` slides, where slide i has `stepsOf(i)`
 * click-steps. Next shows the current slide's next step before it moves on, and previous hides
 * the last one shown; going back lands on a slide with all its steps shown, as it was left.
 * While the screen is blacked out, any navigation only brings the slide back (as in
 * PowerPoint), so a clicker never skips a slide the audience has not seen.
 */
export function applyCommand(
  state: DeckState,
  command: DeckCommand,
  count: number,
  stepsOf: (index: number) => number = () => 0,
): DeckState {
  if (command.type === 'blackout') return { ...state, blackout: !state.blackout };
  if (state.blackout && command.type !== 'goto') return { ...state, blackout: false };
  if (command.type === 'next' && state.step < stepsOf(state.index))
    return { ...state, step: state.step + 1 };
  if (command.type === 'prev' && state.step > 0) return { ...state, step: state.step - 1 };
  const targets: Record<DeckCommand['type'], number> = {
    next: state.index + 1,
    prev: state.index - 1,
    first: 0,
    last: count - 1,
    goto: command.type === 'goto' ? command.index : state.index,
    blackout: state.index,
  };
  const index = clamp(targets[command.type], count);
  if (index === state.index) return { ...state, blackout: false };
  const step = command.type === 'prev' ? stepsOf(index) : 0;
  return { index, blackout: false, step };
}

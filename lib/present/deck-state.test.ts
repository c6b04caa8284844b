import { describe, expect, it } from 'vitest';
import { applyCommand, type DeckState } from './deck-state';

const at = (index: number, blackout = false, step = 0): DeckState => ({ index, blackout, step });

describe('applyCommand', () => {
  it('steps forward and back within the deck', () => {
    expect(applyCommand(at(2), { type: 'next' }, 5)).toEqual(at(3));
    expect(applyCommand(at(2), { type: 'prev' }, 5)).toEqual(at(1));
    expect(applyCommand(at(4), { type: 'next' }, 5)).toEqual(at(4));
    expect(applyCommand(at(0), { type: 'prev' }, 5)).toEqual(at(0));
  });

  it('jumps to the ends and to a slide, clamped', () => {
    expect(applyCommand(at(2), { type: 'first' }, 5)).toEqual(at(0));
    expect(applyCommand(at(2), { type: 'last' }, 5)).toEqual(at(4));
    expect(applyCommand(at(2), { type: 'goto', index: 3 }, 5)).toEqual(at(3));
    expect(applyCommand(at(2), { type: 'goto', index: 42 }, 5)).toEqual(at(4));
    expect(applyCommand(at(2), { type: 'goto', index: -1 }, 5)).toEqual(at(0));
  });

  it('toggles the blackout without moving', () => {
    expect(applyCommand(at(2), { type: 'blackout' }, 5)).toEqual(at(2, true));
    expect(applyCommand(at(2, true), { type: 'blackout' }, 5)).toEqual(at(2));
  });

  it('while blacked out, navigation only brings the slide back', () => {
    expect(applyCommand(at(2, true), { type: 'next' }, 5)).toEqual(at(2));
    expect(applyCommand(at(2, true), { type: 'last' }, 5)).toEqual(at(2));
    // An explicit jump (overview, go to) is deliberate and goes there.
    expect(applyCommand(at(2, true), { type: 'goto', index: 4 }, 5)).toEqual(at(4));
  });

  it("shows a slide's steps one by one before moving on, and hides them going back", () => {
    // Slide 1 has two steps; the others none.
    const stepsOf = (index: number) => (index === 1 ? 2 : 0);
    expect(applyCommand(at(0), { type: 'next' }, 5, stepsOf)).toEqual(at(1));
    expect(applyCommand(at(1), { type: 'next' }, 5, stepsOf)).toEqual(at(1, false, 1));
    expect(applyCommand(at(1, false, 1), { type: 'next' }, 5, stepsOf)).toEqual(at(1, false, 2));
    expect(applyCommand(at(1, false, 2), { type: 'next' }, 5, stepsOf)).toEqual(at(2));
    expect(applyCommand(at(1, false, 2), { type: 'prev' }, 5, stepsOf)).toEqual(at(1, false, 1));
    expect(applyCommand(at(1), { type: 'prev' }, 5, stepsOf)).toEqual(at(0));
    // Back onto a slide with steps: all of them shown, as it was left.
    expect(applyCommand(at(2), { type: 'prev' }, 5, stepsOf)).toEqual(at(1, false, 2));
    // A jump arrives with none shown; the last step of the last slide stays put.
    expect(applyCommand(at(3), { type: 'goto', index: 1 }, 5, stepsOf)).toEqual(at(1));
    expect(applyCommand(at(4), { type: 'next' }, 5, stepsOf)).toEqual(at(4));
  });
});

// Keyboard map of the slide deck, kept free of the DOM so it can be tested.

/** What a key press asks the deck to do. */
export type DeckAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'overview'
  | 'goto'
  | 'blackout'
  | 'help'
  | 'zoom-in'
  | 'zoom-out'
  | 'settings'
  | 'exit';

/**
 * Keys pressed while focus is inside one of these belong to that element, not to the deck:
 * form fields, buttons (Space and Enter activate them), editable text, live experiments and
 * open dialogs (they handle their own keys).
 */
export const KEYS_IGNORED_INSIDE =
  'input, textarea, select, button, [contenteditable]:not([contenteditable="false"]), [data-experiment], dialog';

/**
 * Space and Enter activate a focused button or link. On the deck's own controls these are the
 * only keys that belong to the control: arrows and Page Up/Down still move the deck, so a
 * clicker keeps working after a control was clicked with the mouse.
 */
export function activatesControl(key: string): boolean {
  return key === ' ' || key === 'Enter';
}

/** The parts of a KeyboardEvent the map looks at. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const actions: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  '.': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  o: 'overview',
  g: 'goto',
  b: 'blackout',
  '?': 'help',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  s: 'settings',
  Escape: 'exit',
};

/** The deck action for a key press, or null when the deck should leave the key alone. */
export function keyAction(press: KeyPress): DeckAction | null {
  // Browser and OS shortcuts (Ctrl+F, Cmd+R, Alt+←) keep working.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  // Shift+Space goes back, as it scrolls up in a browser.
  if (press.key === ' ' && press.shiftKey) return 'prev';
  const key = press.key.length === 1 && press.key !== '?' ? press.key.toLowerCase() : press.key;
  return actions[key] ?? null;
}

/**
 * Where an arrow/Home/End key moves the focus in a grid of `count` items laid out in
 * `columns` columns (the slide overview), or null for other keys. Stays inside the grid.
 */
export function gridStep(
  key: string,
  index: number,
  count: number,
  columns: number,
): number | null {
  const steps: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: columns,
    ArrowUp: -columns,
    Home: -index,
    End: count - 1 - index,
  };
  const step = steps[key];
  if (step === undefined) return null;
  const target = index + step;
  return target < 0 || target >= count ? index : target;
}

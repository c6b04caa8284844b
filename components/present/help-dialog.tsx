'use client';

import { DeckDialog } from './deck-dialog';

const keys: [string[], string][] = [
  [
    ['→', '↓', 'Space', 'Page Down', '.'],
    'Next slide (a slide taller than the screen scrolls first)',
  ],
  [['←', '↑', 'Shift+Space', 'Page Up'], 'Previous slide'],
  [['Home', 'End'], 'First / last slide'],
  [['g'], 'Go to a slide number'],
  [['o'], 'Overview of all slides'],
  [['b'], 'Black out the screen (any navigation key brings it back)'],
  [['f'], 'Full screen'],
  [['+', '-'], 'Zoom this slide in / out (presenter view; remembered per slide)'],
  [['s'], 'Open or close the settings of the lab on this slide'],
  [['?'], 'This help'],
  [['Esc'], 'Back to the reading page, at this slide (not in the presenter view)'],
];

/** The list of keyboard shortcuts. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <DeckDialog title="Keyboard shortcuts" onClose={onClose} className="w-[36rem]">
      <table className="w-full text-left text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {keys.map(([combo, action]) => (
            <tr key={action}>
              <td className="py-2 pr-4 align-top whitespace-nowrap">
                {combo.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? <span className="text-zinc-500"> </span> : null}
                    <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-800">
                      {key}
                    </kbd>
                  </span>
                ))}
              </td>
              <td className="py-2">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        Keys typed into an experiment&apos;s fields or buttons stay there. On a tablet, swipe left
        or right. The presenter view (<code>?view=presenter</code>) shows notes and a timer and
        moves the audience window with it; <code>?print</code> lays out every slide for printing.
      </p>
    </DeckDialog>
  );
}

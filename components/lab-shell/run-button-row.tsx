'use client';

import type { ReactNode } from 'react';
import { labButton } from './lab-panel';
import { CancelOrReset } from './lab-parts';
import { useRunButtons } from './use-run-buttons';

/** One button of a RunButtonRow: its words and the run(s) it starts. */
export interface RunButton {
  label: ReactNode;
  onRun: () => void;
}

/**
 * A lab's own run buttons, the first one primary (e.g. "Run", then "Run 1,000, 10,000…"), then
 * Cancel while a run is going, or Reset settings. As with RunControls, no run starts while a
 * setting is refused, and the pressed button gets the focus back after the run.
 */
export function RunButtonRow({
  buttons,
  busy,
  onCancel,
  onReset,
}: {
  buttons: readonly RunButton[];
  busy: boolean;
  onCancel: () => void;
  onReset: () => void;
}) {
  const { props, guarded } = useRunButtons(busy);
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2" {...props}>
      {buttons.map((button, index) => (
        <button
          key={index}
          type="button"
          disabled={busy}
          onClick={() => guarded(button.onRun)}
          className={`${labButton.base} ${index === 0 ? labButton.primary : labButton.secondary}`}
        >
          {button.label}
        </button>
      ))}
      <CancelOrReset busy={busy} onCancel={onCancel} onReset={onReset} />
    </div>
  );
}

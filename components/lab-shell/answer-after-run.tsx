'use client';

import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { labButton } from './lab-panel';

// Which labs on this page have finished a run. A lab marks itself (through LabPanel's `ran`),
// and every answer that belongs to it, inside the panel or in the page's prose around it,
// appears from then on.
const ranLabs = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records that `lab` has finished a run on this page (idempotent). */
export function markLabRan(lab: string) {
  if (ranLabs.has(lab)) return;
  ranLabs.add(lab);
  for (const listener of listeners) listener();
}

/** Whether `lab` has finished a run on this page. */
export function useLabRan(lab: string | null): boolean {
  return useSyncExternalStore(
    subscribe,
    () => (lab ? ranLabs.has(lab) : false),
    () => false,
  );
}

/** The lab a component sits in (set by LabPanel), so its answers know which runs reveal them. */
export const LabIdContext = createContext<string | null>(null);

/** Marks the lab as run once `ran` turns true. */
export function useMarkLabRan(lab: string, ran: boolean) {
  useEffect(() => {
    if (ran) markLabRan(lab);
  }, [lab, ran]);
}

/**
 * An answer that waits for the prediction: hidden until the lab (`lab`, else the lab around it)
 * has finished a run, or the reader presses "Show the answer". Used for every lab's "What this
 * shows" and for the expected results written in the page around a lab.
 */
export function AnswerAfterRun({
  lab,
  what = 'the answer',
  children,
}: {
  lab?: string;
  /** What is hidden, for the placeholder: "Run the lab to see <what>". */
  what?: string;
  children: ReactNode;
}) {
  const around = useContext(LabIdContext);
  const ran = useLabRan(lab ?? around);
  const [shown, setShown] = useState(false);
  if (ran || shown) return <>{children}</>;
  return (
    <div
      className="not-prose mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-dashed border-zinc-300 px-4 py-3 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
      data-answer-hidden=""
    >
      <span>Predict first: run the lab to see {what}.</span>
      <button
        type="button"
        onClick={() => setShown(true)}
        className={`${labButton.base} ${labButton.secondary}`}
      >
        Show the answer
      </button>
    </div>
  );
}

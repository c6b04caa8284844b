'use client';

import { formatBytes, formatMs } from '@/lib/format';
import { progressOf, type ScaleRun } from './use-scale-runs';

/** The steps of a running scale run, ticked off as the child process reports them. */
export function ScaleProgress({
  run,
  unitName,
  count,
  seconds,
}: {
  run: ScaleRun;
  unitName: string;
  count: number;
  seconds: number;
}) {
  const { started, baseline, created } = progressOf(run);
  const steps: { label: string; done: boolean; active: boolean }[] = [
    {
      label: started ? 'Child process started' : 'Starting a child process…',
      done: started,
      active: !started,
    },
    {
      label:
        baseline === null
          ? 'Measuring its memory before any unit exists…'
          : `Baseline resident memory: ${formatBytes(baseline)}`,
      done: baseline !== null,
      active: started && baseline === null,
    },
    {
      label: created
        ? `All ${count.toLocaleString('en-US')} ${unitName} exist after ${formatMs(created.create_ms)}; resident memory ${formatBytes(created.rss_bytes)}`
        : `Creating ${count.toLocaleString('en-US')} ${unitName}…`,
      done: created !== null,
      active: baseline !== null && created === null,
    },
    {
      label: 'Every unit sleeps, then the child reports its peak memory',
      done: false,
      active: created !== null,
    },
  ];
  return (
    <div>
      {run.queued ? (
        <p>
          Waiting for a free slot on the server: place {run.queued.position} of{' '}
          {run.queued.queue_length}…
        </p>
      ) : null}
      <ol className="space-y-0.5" aria-label="Progress">
        {steps.map((step) => (
          <li
            key={step.label}
            className={`flex items-center gap-2 ${step.done || step.active ? 'text-zinc-900 dark:text-zinc-100' : 'text-zinc-500 dark:text-zinc-500'}`}
          >
            <span aria-hidden="true" className="w-4 text-center">
              {step.done ? '✓' : step.active ? '›' : '·'}
            </span>
            <span>{step.label}</span>
          </li>
        ))}
      </ol>
      <p className="mt-1 pl-6 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
        {seconds.toFixed(1)} s so far
      </p>
    </div>
  );
}

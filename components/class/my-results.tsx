'use client';

import type { ClassPrediction, ClassRun } from '@/platform/class/types';
import { formatMs } from '@/lib/format';
import { relativeError } from '@/platform/class/stats';

/**
 * A student's own guesses against what the teacher's run measured, one table per lab run. While
 * the run streams, a strategy still running shows how far the server has measured it so far.
 */
export function MyResult({
  run,
  mine,
  labels,
}: {
  run: ClassRun;
  mine: ClassPrediction | undefined;
  labels: Record<string, string>;
}) {
  const running = new Set(run.running ?? []);
  return (
    <table className="mt-2 w-full text-left text-sm tabular-nums" data-testid="my-result">
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-700">
          {['Strategy', 'Your guess', 'Measured', 'Off by'].map((heading) => (
            <th key={heading} scope="col" className="py-1 pr-2 font-semibold">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Object.entries(run.measured).map(([id, measured]) => {
          const guess = mine?.guesses[id];
          return (
            <tr
              key={id}
              className="border-b border-zinc-200 dark:border-zinc-800"
              data-running={running.has(id) || undefined}
            >
              <th scope="row" className="py-1 pr-2 font-normal">
                {labels[id] ?? id}
              </th>
              <td className="py-1 pr-2">{guess === undefined ? '—' : formatMs(guess)}</td>
              {running.has(id) ? (
                <td className="py-1 pr-2" colSpan={2}>
                  <span className="motion-safe:animate-pulse">
                    {measured > 0 ? 'running…' : 'starting…'}
                  </span>
                  {measured > 0 ? ` ${formatMs(measured)} so far` : null}
                </td>
              ) : (
                <>
                  <td className="py-1 pr-2 font-semibold">{formatMs(measured)}</td>
                  <td className="py-1">
                    {guess === undefined
                      ? '—'
                      : `${Math.round(relativeError(guess, measured) * 100)}%`}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

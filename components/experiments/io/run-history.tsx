'use client';

import { download, toCsv } from '@/lib/client/download';
import { formatMs } from '@/lib/format';
import { strategyMeta } from './strategy-meta';
import type { IoRun } from './use-io-runs';

function settingsSummary(run: IoRun): string {
  const p = run.result?.params;
  if (!p) return `${run.settings.count} × ${run.settings.delay_ms} ms`;
  const parts = [`${p.count} × ${p.delay_ms} ms`];
  if (p.jitter_ms) parts.push(`jitter ${p.jitter_ms}`);
  if (run.strategy === 'threads') parts.push(`${p.workers} threads`);
  if (run.strategy === 'async' && p.limit) parts.push(`limit ${p.limit}`);
  if (p.fail_rate) parts.push(`fail ${p.fail_rate}`);
  return parts.join(', ');
}

function exportRun(run: IoRun, format: 'csv' | 'json') {
  if (!run.result) return;
  const name = `io-${run.strategy}-run${run.id}`;
  if (format === 'json') download(`${name}.json`, JSON.stringify(run.result, null, 2), 'application/json');
  else download(`${name}.csv`, toCsv(run.result.requests.map((r) => ({ ...r }))), 'text/csv');
}

/** Every run of this visit, newest first, with a bar to compare elapsed times at a glance. */
export function RunHistory({ runs, onClear }: { runs: IoRun[]; onClear: () => void }) {
  const finished = runs.filter((run) => run.result);
  if (finished.length === 0) return null;
  const longest = Math.max(...finished.map((run) => run.result!.elapsed_ms));
  return (
    <section aria-labelledby="io-history-heading" className="mt-6">
      <div className="flex items-baseline justify-between">
        <h4 id="io-history-heading" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          Run history
        </h4>
        <button type="button" onClick={onClear} className="text-xs text-zinc-600 underline hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
          Clear history
        </button>
      </div>
      <div className="mt-2 overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800" tabIndex={0} role="region" aria-label="Run history">
        <table className="w-full min-w-[36rem] text-left text-xs tabular-nums">
          <thead className="bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-2 py-1.5 font-medium">#</th>
              <th scope="col" className="px-2 py-1.5 font-medium">Strategy</th>
              <th scope="col" className="px-2 py-1.5 font-medium">Settings</th>
              <th scope="col" className="px-2 py-1.5 font-medium">Elapsed</th>
              <th scope="col" className="px-2 py-1.5 font-medium">Ideal</th>
              <th scope="col" className="px-2 py-1.5 font-medium">Overhead</th>
              <th scope="col" className="px-2 py-1.5 font-medium">Failed</th>
              <th scope="col" className="px-2 py-1.5 font-medium">Export</th>
            </tr>
          </thead>
          <tbody>
            {[...finished].reverse().map((run) => {
              const result = run.result!;
              const meta = strategyMeta[run.strategy];
              return (
                <tr key={run.id} className="border-t border-zinc-100 dark:border-zinc-800">
                  <td className="px-2 py-1">{run.id}</td>
                  <td className="px-2 py-1">{meta.label}</td>
                  <td className="px-2 py-1">{settingsSummary(run)}</td>
                  <td className="px-2 py-1">
                    <div className="flex items-center gap-2">
                      <span className="w-14 shrink-0">{formatMs(result.elapsed_ms)}</span>
                      <span aria-hidden="true" className="h-2 rounded-sm" style={{ width: `${Math.max(2, (result.elapsed_ms / longest) * 96)}px`, background: meta.color }} />
                    </div>
                  </td>
                  <td className="px-2 py-1">{formatMs(result.ideal_ms)}</td>
                  <td className="px-2 py-1">{formatMs(result.overhead_ms)}</td>
                  <td className="px-2 py-1">{result.failed}</td>
                  <td className="px-2 py-1">
                    <button type="button" className="underline hover:text-indigo-700 dark:hover:text-indigo-300" onClick={() => exportRun(run, 'csv')} aria-label={`Export run ${run.id} as CSV`}>
                      CSV
                    </button>{' '}
                    <button type="button" className="underline hover:text-indigo-700 dark:hover:text-indigo-300" onClick={() => exportRun(run, 'json')} aria-label={`Export run ${run.id} as JSON`}>
                      JSON
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

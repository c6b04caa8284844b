'use client';

import type { ReactNode } from 'react';
import type { CpuInfo } from '@/labs/gil/contract';
import type { CpuEngine } from '@/labs/gil/contract';
import { ENGINE_LABEL } from '@/lib/experiments/engines';

/** Text with `code` spans in backticks (the server's how-to message) as React nodes. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

const radio =
  'flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm has-[:checked]:border-indigo-600 has-[:checked]:bg-indigo-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50 dark:has-[:checked]:border-indigo-400 dark:has-[:checked]:bg-indigo-950/40 border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900';

/**
 * Which engine runs the work, and with or without a GIL. Offers only what this server can do
 * (from GET /api/experiments/gil/info): CPython when python3 is installed, "GIL off" on CPython
 * only with a free-threaded build (and says how to get one when there is none), and on Node
 * labels the GIL a model, because Node has none.
 */
export function EnginePicker({
  info,
  infoError,
  engine,
  gil,
  onEngine,
  onGil,
  disabled,
  idPrefix,
}: {
  info: CpuInfo | undefined;
  infoError: boolean;
  engine: CpuEngine | null;
  gil: boolean | null;
  onEngine: (engine: CpuEngine) => void;
  onGil: (on: boolean) => void;
  /** While a run is under way. */
  disabled: boolean;
  idPrefix: string;
}) {
  const engines = info?.engines ?? (infoError ? (['cpython', 'node'] as const) : []);
  const describe: Record<CpuEngine, ReactNode> = {
    cpython: info?.python ? (
      <>
        CPython {info.python.version}{' '}
        <span className="text-zinc-600 dark:text-zinc-400">(python3)</span>
      </>
    ) : info?.free_threaded ? (
      <>CPython {info.free_threaded.version} (free-threaded build)</>
    ) : (
      ENGINE_LABEL.cpython
    ),
    node: (
      <>
        Node.js {info ? info.node.version.replace(/^v/, '') : ''}{' '}
        <span className="text-zinc-600 dark:text-zinc-400">(worker_threads)</span>
      </>
    ),
  };
  const gilOffPossible =
    engine === 'node' || (engine === 'cpython' && Boolean(info?.free_threaded));
  const gilLabels =
    engine === 'node'
      ? { on: 'on (model GIL)', off: 'off (Node has none)' }
      : { on: 'on', off: 'off (free-threaded)' };

  return (
    <div className="mt-4 flex flex-wrap gap-x-6 gap-y-3" data-testid="engine-picker">
      <fieldset disabled={disabled} className="min-w-0">
        <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Engine</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {engines.length === 0 ? (
            <span className="text-sm text-zinc-600 dark:text-zinc-400">Asking the server…</span>
          ) : null}
          {engines.map((id) => (
            <label key={id} className={radio}>
              <input
                type="radio"
                name={`${idPrefix}-engine`}
                value={id}
                checked={engine === id}
                onChange={() => onEngine(id)}
                className="accent-indigo-600"
              />
              <span>
                {describe[id]}
                {info?.default_engine === id ? (
                  <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">default</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={disabled} className="min-w-0">
        <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">GIL</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {([true, false] as const).map((on) => (
            <label key={String(on)} className={radio}>
              <input
                type="radio"
                name={`${idPrefix}-gil`}
                value={on ? 'on' : 'off'}
                checked={gil === on}
                disabled={!on && !gilOffPossible}
                onChange={() => onGil(on)}
                aria-describedby={
                  !on && !gilOffPossible ? `${idPrefix}-no-free-threaded` : undefined
                }
                className="accent-indigo-600"
              />
              {on ? gilLabels.on : gilLabels.off}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="w-full text-xs text-zinc-600 dark:text-zinc-400">
        {info && !info.python && !info.free_threaded ? (
          <p className="text-amber-800 dark:text-amber-300">
            python3 is not installed on this server, so the lab runs its Node.js engine.
          </p>
        ) : null}
        {engine === 'cpython' && info && !info.free_threaded ? (
          <p id={`${idPrefix}-no-free-threaded`}>
            <strong className="font-medium text-zinc-800 dark:text-zinc-200">
              No free-threaded Python on this server
            </strong>
            , so CPython runs with its GIL. {withCode(info.how_to_get_free_threaded)}
          </p>
        ) : null}
        {engine === 'node' ? (
          <p>
            Node has no GIL: each worker thread is its own V8 isolate.{' '}
            <strong className="font-medium text-zinc-800 dark:text-zinc-200">GIL on</strong> makes
            the workers share a <em>model</em> GIL (a lock in shared memory, handed over every
            switch interval), a teaching aid, not CPython&apos;s lock.
          </p>
        ) : null}
        {infoError ? (
          <p className="text-amber-800 dark:text-amber-300">
            Could not ask the server what it can run; runs use its defaults.
          </p>
        ) : null}
      </div>
    </div>
  );
}

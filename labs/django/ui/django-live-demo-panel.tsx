'use client';

import { useState } from 'react';
import { formatMs } from '@/lib/format';

interface Aggregated {
  responses: { message: string; task_id: string | null }[];
  debug_message: string;
}

type State =
  | { status: 'idle' }
  | { status: 'running'; view: string }
  | { status: 'done'; view: string; body: unknown; roundTripMs: number }
  | { status: 'error'; view: string; message: string };

const VIEWS = [
  {
    path: '/sync/api/?task_id=3',
    label: 'Call the sync view',
    note: 'one request, one blocked thread',
  },
  {
    path: '/async/api_aggregated/',
    label: 'Call the async view',
    note: 'ten calls of the sync view at once',
  },
] as const;

/** GET `path` as JSON, with the round trip measured in the browser. */
async function getTimed(path: string): Promise<{ body: unknown; roundTripMs: number }> {
  const started = performance.now();
  const response = await fetch(path, { cache: 'no-store' });
  const body: unknown = await response.json();
  if (!response.ok)
    throw new Error((body as { error?: string }).error ?? `HTTP ${response.status}`);
  return { body, roundTripMs: performance.now() - started };
}

/**
 * A reproduction, not Django (the real project runs in real-django-lab.tsx where Django is installed).
 * Calls this site's live copy of the essay's two Django views and shows their JSON as it
 * arrives, with the round trip measured in the browser.
 */
export function DjangoLiveDemoPanel() {
  const [state, setState] = useState<State>({ status: 'idle' });

  async function call(path: string) {
    setState({ status: 'running', view: path });
    try {
      setState({ status: 'done', view: path, ...(await getTimed(path)) });
    } catch (error) {
      setState({
        status: 'error',
        view: path,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const aggregated =
    state.status === 'done' && state.view.startsWith('/async') ? (state.body as Aggregated) : null;
  return (
    <section
      aria-label="The two views, live"
      className="not-prose my-6 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 dark:border-zinc-800 dark:bg-zinc-900/40"
      data-experiment="django"
      data-ran={state.status === 'done' ? '' : undefined}
    >
      <p
        className="mb-2 text-xs font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400"
        data-testid="reproduction-label"
      >
        A reproduction in TypeScript, not Django: it runs on this site’s Node.js server, also where
        Django is not installed
      </p>
      <div className="flex flex-wrap gap-2">
        {VIEWS.map((view) => (
          <button
            key={view.path}
            type="button"
            disabled={state.status === 'running'}
            onClick={() => void call(view.path)}
            className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-left text-sm text-zinc-800 hover:border-indigo-400 disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
          >
            <span className="block font-medium">{view.label}</span>
            <code className="block text-xs text-zinc-500 dark:text-zinc-400">GET {view.path}</code>
            <span className="block text-xs text-zinc-500 dark:text-zinc-400">{view.note}</span>
          </button>
        ))}
      </div>
      <div className="mt-3 min-h-24 text-sm" aria-live="polite">
        {state.status === 'idle' ? (
          <p className="text-zinc-600 dark:text-zinc-400">
            Press a button; the answer appears here.
          </p>
        ) : null}
        {state.status === 'running' ? (
          <p className="text-zinc-600 dark:text-zinc-400">
            Waiting for {state.view}… (a sync view sleeps for a second)
          </p>
        ) : null}
        {state.status === 'error' ? (
          <p role="alert" className="text-rose-800 dark:text-rose-200">
            {state.view} failed: {state.message}
          </p>
        ) : null}
        {state.status === 'done' ? (
          <>
            <p className="text-zinc-700 dark:text-zinc-300">
              {aggregated ? (
                <>
                  The view says:{' '}
                  <strong data-testid="debug-message">“{aggregated.debug_message}”</strong> for{' '}
                  {aggregated.responses.length} calls. One call alone takes a second, so ten at once
                  finishing in about a second means they overlapped.
                </>
              ) : (
                <>Answered after {formatMs(state.roundTripMs)}, as measured by your browser.</>
              )}
            </p>
            <pre
              tabIndex={0}
              className="mt-2 max-h-48 overflow-auto rounded-md border border-zinc-200 bg-white p-2 text-xs text-zinc-800 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-200"
            >
              {JSON.stringify(state.body, null, aggregated ? 1 : 2)}
            </pre>
          </>
        ) : null}
      </div>
    </section>
  );
}

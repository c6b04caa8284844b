'use client';

import { Component, type ReactNode } from 'react';
import { forgetSaved } from '@/lib/client/saved';

/** Where the labs keep their finished runs (`use-experiment-runs.ts`). */
const SAVED_RUNS_PREFIX = 'lab:';

/** A lab's code or listings could not be fetched (offline, or the server is gone): not its saved runs' fault. */
export class LabLoadError extends Error {
  constructor(cause: unknown) {
    super('the lab could not be loaded', { cause });
    this.name = 'LabLoadError';
  }
}

/**
 * Keeps a lab that cannot draw (runs saved by an older version of the site, or edited by hand)
 * from taking the page down: the lab keeps its place and frame, says what went wrong and offers
 * to start afresh; the rest of the page goes on. It wraps the whole lab, so that what a lab
 * derives from its runs before it draws its panel is covered too.
 */
export class LabBoundary extends Component<
  { lab: string; children: ReactNode },
  { failed: boolean; notLoaded: boolean }
> {
  state = { failed: false, notLoaded: false };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, notLoaded: error instanceof LabLoadError };
  }

  componentDidCatch(error: unknown) {
    console.warn('A lab could not be drawn:', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section
        aria-label="Live experiment"
        className="not-prose my-8 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40"
        data-experiment={this.props.lab}
      >
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          {this.state.notLoaded ? (
            <p>
              This lab could not be loaded from the server. Check the connection, then reload the
              page.
            </p>
          ) : (
            <p>This lab could not draw its runs; the runs saved in this browser may be damaged.</p>
          )}
          <button
            type="button"
            className="mt-2 rounded-md border border-amber-400 px-3 py-1 font-medium hover:bg-amber-100 dark:border-amber-700 dark:hover:bg-amber-900"
            onClick={() => {
              if (!this.state.notLoaded) forgetSaved('local', SAVED_RUNS_PREFIX);
              window.location.reload();
            }}
          >
            {this.state.notLoaded ? 'Reload' : 'Forget saved runs and reload'}
          </button>
        </div>
      </section>
    );
  }
}

'use client';

import { useSyncExternalStore } from 'react';
import { classPath } from './class-api';
import { useDeckClass } from './deck-class';
import { onLoopback } from './join-url';

const noSubscribe = () => () => {};

const button =
  'rounded-md px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';
const quiet = `${button} border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 aria-pressed:border-indigo-600 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800 dark:aria-pressed:border-indigo-400 dark:aria-pressed:bg-indigo-950 dark:aria-pressed:text-indigo-100`;
const strong = `${button} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300`;

/** The presenter view's class controls: start a class, show how to join, names, export, end. */
export function ClassControls() {
  const deckClass = useDeckClass();
  const loopback = useSyncExternalStore(noSubscribe, onLoopback, () => false);
  if (!deckClass || deckClass.role !== 'presenter') return null;
  const { code, view, live, overlay, error } = deckClass;
  const failure = error ? (
    <p role="alert" className="text-sm text-red-700 dark:text-red-300">
      {error}
    </p>
  ) : null;

  if (!code || (view && !live && !view.closedAt)) {
    return (
      <div className="flex items-center gap-2">
        <button type="button" className={strong} onClick={() => void deckClass.start()}>
          Start class
        </button>
        {failure}
      </div>
    );
  }
  const exports = (
    <span className="flex items-center gap-1 text-sm">
      Export
      {(['csv', 'json'] as const).map((format) => (
        <a
          key={format}
          href={`${classPath(code)}/export?format=${format}`}
          download
          className="rounded px-1 font-semibold text-indigo-800 underline dark:text-indigo-300"
        >
          {format.toUpperCase()}
        </a>
      ))}
    </span>
  );
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="class-controls">
      <p className="text-sm">
        Class{' '}
        <strong className="font-mono tracking-wider" data-testid="class-code">
          {code}
        </strong>
        {view ? <span data-testid="class-joined"> · {view.students.length} joined</span> : null}
        {view && !live ? ' · ended' : null}
      </p>
      {live ? (
        <>
          <button
            type="button"
            className={quiet}
            aria-pressed={overlay === 'join'}
            onClick={() => deckClass.showOverlay(overlay === 'join' ? null : 'join')}
          >
            Join screen
          </button>
          <button
            type="button"
            className={quiet}
            aria-pressed={overlay === 'board'}
            onClick={() => deckClass.showOverlay(overlay === 'board' ? null : 'board')}
          >
            Answers on screen
          </button>
          <button
            type="button"
            className={quiet}
            aria-pressed={view?.namesShown ?? false}
            onClick={() => void deckClass.showNames(!view?.namesShown)}
          >
            Names
          </button>
          {exports}
          <button type="button" className={quiet} onClick={() => void deckClass.end()}>
            End class
          </button>
        </>
      ) : (
        <>
          {exports}
          <button type="button" className={quiet} onClick={() => deckClass.leave()}>
            Close summary
          </button>
        </>
      )}
      {live && loopback ? (
        <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="class-loopback-hint">
          Phones cannot reach this address: open the deck through the computer&apos;s network
          address.
        </p>
      ) : null}
      {failure}
    </div>
  );
}

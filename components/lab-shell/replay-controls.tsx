'use client';

import { useId } from 'react';
import { formatMs } from '@/lib/format';
import { stepFrom } from '@/lib/replay/timeline';
import { REPLAY_SPEEDS, type Replay } from './use-replay';

const button =
  'inline-flex h-8 min-w-8 items-center justify-center rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-800 hover:border-zinc-400 disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

/**
 * Play a finished run back on its timeline, at real speed or slowed down, step from one
 * request start/end to the next, or drag to any moment. The data is the measurement; only
 * the moment shown changes.
 */
export function ReplayControls({
  replay,
  durationMs,
  times,
}: {
  replay: Replay;
  durationMs: number;
  times: number[];
}) {
  const id = useId();
  const t = replay.t ?? durationMs;
  return (
    <div
      className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 bg-white/70 px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900/50"
      role="group"
      aria-label="Replay"
    >
      <span className="font-medium text-zinc-700 dark:text-zinc-300">Replay</span>
      <button
        type="button"
        className={button}
        aria-label="Step back"
        title="Step back"
        onClick={() => replay.seek(stepFrom(times, t, -1))}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
          <path d="M3 3h1.6v10H3zM13 3.2v9.6L5.8 8z" />
        </svg>
      </button>
      {replay.playing ? (
        <button type="button" className={button} onClick={replay.pause}>
          Pause
        </button>
      ) : (
        <button type="button" className={button} onClick={replay.play}>
          Play
        </button>
      )}
      <button
        type="button"
        className={button}
        aria-label="Step forward"
        title="Step forward"
        onClick={() => replay.seek(stepFrom(times, replay.t ?? 0, 1))}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor">
          <path d="M11.4 3H13v10h-1.6zM3 3.2v9.6L10.2 8z" />
        </svg>
      </button>
      <label htmlFor={`${id}-speed`} className="sr-only">
        Replay speed
      </label>
      <select
        id={`${id}-speed`}
        value={replay.speed}
        onChange={(e) => replay.setSpeed(Number(e.target.value))}
        className={`${button} pr-1`}
      >
        {REPLAY_SPEEDS.map((speed) => (
          <option key={speed} value={speed}>
            {speed === 1 ? 'real speed' : `${speed}×`}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-time`} className="sr-only">
        Moment shown
      </label>
      <input
        id={`${id}-time`}
        type="range"
        min={0}
        max={Math.max(1, Math.ceil(durationMs))}
        step="any"
        value={t}
        onChange={(e) => replay.seek(Number(e.target.value))}
        aria-valuetext={formatMs(t)}
        className="min-w-32 flex-1 accent-indigo-600"
      />
      <output
        htmlFor={`${id}-time`}
        data-t={t}
        className="w-16 text-right text-xs tabular-nums text-zinc-600 dark:text-zinc-400"
      >
        {formatMs(t)}
      </output>
      {replay.t !== null ? (
        <button
          type="button"
          className="text-xs text-zinc-600 underline dark:text-zinc-400"
          onClick={replay.exit}
        >
          Show all
        </button>
      ) : null}
    </div>
  );
}

'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export const REPLAY_SPEEDS = [1, 0.5, 0.25, 0.1] as const;

export interface Replay {
  /** The replayed moment in ms, or null when showing the live/finished state. */
  t: number | null;
  playing: boolean;
  speed: number;
  play(): void;
  pause(): void;
  seek(t: number): void;
  setSpeed(speed: number): void;
  exit(): void;
}

/**
 * A clock for replaying a recorded run of `durationMs`: plays at real speed or slowed down,
 * pauses, and jumps. The recorded data never changes; only the moment shown does.
 */
export function useReplay(durationMs: number): Replay {
  const [t, setT] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const last = useRef(0);

  useEffect(() => {
    if (!playing) return;
    let frame = requestAnimationFrame(function tick(now) {
      const elapsed = last.current ? now - last.current : 0;
      last.current = now;
      let reachedEnd = false;
      setT((current) => {
        const next = Math.min(durationMs, (current ?? 0) + elapsed * speed);
        reachedEnd = next >= durationMs;
        return next;
      });
      if (reachedEnd) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => {
      cancelAnimationFrame(frame);
      last.current = 0;
    };
  }, [playing, speed, durationMs]);

  const play = useCallback(() => {
    setT((current) => (current === null || current >= durationMs ? 0 : current));
    setPlaying(true);
  }, [durationMs]);
  const pause = useCallback(() => setPlaying(false), []);
  const seek = useCallback(
    (to: number) => {
      setPlaying(false);
      setT(Math.max(0, Math.min(durationMs, to)));
    },
    [durationMs],
  );
  const exit = useCallback(() => {
    setPlaying(false);
    setT(null);
  }, []);

  return { t, playing, speed, play, pause, seek, setSpeed, exit };
}

/**
 * useReplay for a lab panel: while a run is live (`busy`), any replay steps aside, so the new
 * run shows as it happens.
 */
export function useRunReplay(durationMs: number, busy: boolean): Replay {
  const replay = useReplay(durationMs);
  const { exit } = replay;
  useEffect(() => {
    if (busy) exit();
  }, [busy, exit]);
  return replay;
}

'use client';

import { useEffect, useState } from 'react';

/**
 * Seconds since the run `runId` was first seen here, ticking five times a second while it is
 * set, so a long run can show that it is still going. Null when `runId` is null.
 */
export function useRunningClock(runId: string | null): number | null {
  const [tick, setTick] = useState<{ id: string; seconds: number } | null>(null);
  useEffect(() => {
    if (runId === null) return;
    const since = performance.now();
    const timer = setInterval(
      () => setTick({ id: runId, seconds: (performance.now() - since) / 1000 }),
      200,
    );
    return () => clearInterval(timer);
  }, [runId]);
  if (runId === null) return null;
  return tick?.id === runId ? tick.seconds : 0;
}

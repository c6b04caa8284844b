'use client';

import { useEffect, useMemo, useRef } from 'react';

/**
 * The abort signal of a lab's current run, which also fires when the lab leaves the page.
 * A run belongs to the page that started it: closing the tab drops its connection, but a link
 * inside the site only unmounts the lab, and a fetch nobody aborts keeps the server's run (and
 * its admission slot) going to the end. `start()` aborts any run still going and hands out a
 * new controller; `stop()` aborts the current one; `done(c)` forgets `c` if still current.
 */
export function useRunAbort() {
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);
  return useMemo(
    () => ({
      start() {
        current.current?.abort();
        const controller = new AbortController();
        current.current = controller;
        return controller;
      },
      stop: () => current.current?.abort(),
      done(controller: AbortController) {
        if (current.current === controller) current.current = null;
      },
    }),
    [],
  );
}

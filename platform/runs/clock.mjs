// @ts-check
// Plain JavaScript because worker threads and child processes import it too.

/** Milliseconds on a clock that every thread of this process shares (unlike performance.now()). */
export const now = () => performance.timeOrigin + performance.now();

import { ApiError } from '@/platform/http/errors';

/** What stops a run early: the client went away, the reader stopped reading, or time ran out. */
export interface RunGuard {
  /** Aborts once, with the reason: the client's abort reason, or an ApiError(504) for the time limit. */
  readonly signal: AbortSignal;
  /** Removes the listeners and the timer; call it when the run is over. */
  dispose(): void;
}

/**
 * One signal for a run that must end when `signal` aborts, when `stopped` settles (a
 * pushStream's `stopped`, i.e. the reader stopped early) or after `timeLimitMs`, whichever is first.
 */
export function guardRun(
  signal: AbortSignal,
  stopped: PromiseLike<unknown>,
  timeLimitMs: number,
): RunGuard {
  const abort = new AbortController();
  const onAbort = () => abort.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  void Promise.resolve(stopped).then(() =>
    abort.abort(new DOMException('the reader stopped', 'AbortError')),
  );
  const timer = setTimeout(() => {
    const seconds = Math.round(timeLimitMs / 100) / 10;
    abort.abort(
      new ApiError(504, `the run took longer than its ${seconds} s limit and was stopped`),
    );
  }, timeLimitMs);
  return {
    signal: abort.signal,
    dispose() {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    },
  };
}

/** `promise`, unless `signal` aborts first: then a rejection with the abort's reason. */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

import { PushQueue } from '@/platform/runs/push-queue.mjs';

/**
 * An experiment's events as an async iterable. `body` starts at once, pushes events and
 * resolves when the run is over (or throws, which ends the iteration with that error, after
 * the events pushed before it). Events wait in a queue, so a slow reader never delays the
 * run. The signal `body` gets aborts when `signal` does (the client left) or when the reader
 * stops early; the reader's `return()` then resolves once `body` has finished (a lab's child
 * process killed and reaped, a pool's threads stopped).
 */
export function eventStream<E>(
  signal: AbortSignal,
  body: (push: (event: E) => void, signal: AbortSignal) => Promise<void>,
): AsyncIterable<E> {
  const abort = new AbortController();
  const cancel = () => abort.abort();
  let finished: Promise<void> = Promise.resolve();
  const events = new PushQueue<E>(() => {
    cancel();
    return finished;
  });
  signal.addEventListener('abort', cancel, { once: true });
  if (signal.aborted) cancel();
  finished = events
    .endWith(body((event) => events.push(event), abort.signal))
    .finally(() => signal.removeEventListener('abort', cancel));
  return events;
}

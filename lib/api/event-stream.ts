import { FixedBuffer, Repeater } from '@repeaterjs/repeater';

/**
 * An experiment's events as an async iterable. `body` pushes events and resolves when the run is
 * over (or throws, which ends the iteration with that error). Events wait in a buffer of
 * `bufferSize`, so a slow reader never delays the run. The signal `body` gets aborts when
 * `signal` does (the client left) or when the reader stops early.
 */
export function eventStream<E>(
  signal: AbortSignal,
  bufferSize: number,
  body: (push: (event: E) => void, signal: AbortSignal) => Promise<void>,
): AsyncIterable<E> {
  return new Repeater<E>(async (push, stop) => {
    const abort = new AbortController();
    const cancel = () => abort.abort();
    signal.addEventListener('abort', cancel, { once: true });
    if (signal.aborted) cancel();
    void stop.then(cancel);
    try {
      await body((event) => void push(event), abort.signal);
      stop();
    } catch (error) {
      stop(error);
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }, new FixedBuffer(bufferSize));
}

// @ts-check
// The essay's sync Django view, run the way Django runs a sync view under ASGI: on a thread
// of its own, which the view blocks completely (the event loop is never touched).

/**
 * `time.sleep(1)` then the payload. Atomics.wait really suspends this OS thread, as
 * time.sleep does; nothing else can run on it meanwhile.
 * @param {{ taskId: string | null, sleepMs: number }} request
 */
export default function api({ taskId, sleepMs }) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, sleepMs);
  return { message: 'Hello World!', task_id: taskId };
}

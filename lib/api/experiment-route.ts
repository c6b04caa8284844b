import type { z } from 'zod';
import { errorResponse } from './errors';
import { parseQuery } from './query';
import { SSE_HEADERS, encodeSse, wantsEventStream, type StreamEvent } from './sse';

/**
 * An experiment as the HTTP layer sees it: a query schema, and a run that yields events and
 * ends with a `done` event whose data is the whole result (the JSON answer).
 */
export interface Experiment<S extends z.ZodObject<Record<string, z.ZodType>>> {
  query: S;
  run(params: z.output<S>, signal: AbortSignal): AsyncIterable<StreamEvent>;
}

/**
 * Turns an experiment into a GET handler: validate, run, and answer with one JSON document
 * or, for `Accept: text/event-stream`, with each event as it happens. When the client goes
 * away the run's signal aborts, so its in-flight work stops.
 */
export function experimentHandler<S extends z.ZodObject<Record<string, z.ZodType>>>(experiment: Experiment<S>) {
  return async function GET(request: Request): Promise<Response> {
    const abort = new AbortController();
    const onClientGone = () => abort.abort();
    request.signal.addEventListener('abort', onClientGone, { once: true });
    if (request.signal.aborted) abort.abort();
    let iterator: AsyncIterator<StreamEvent> | undefined;
    try {
      const params = parseQuery(new URL(request.url), experiment.query);
      iterator = experiment.run(params, abort.signal)[Symbol.asyncIterator]();
      // The first event is awaited before answering, so refusals (bad state, a full queue)
      // still get their proper HTTP status instead of a 200 stream carrying an error.
      const first = await iterator.next();
      if (wantsEventStream(request)) return streamEvents(first, iterator, abort);
      return Response.json(await lastDone(first, iterator), { headers: { 'Cache-Control': 'no-store' } });
    } catch (error) {
      abort.abort();
      await iterator?.return?.();
      return errorResponse(error);
    } finally {
      if (!wantsEventStream(request)) request.signal.removeEventListener('abort', onClientGone);
    }
  };
}

async function lastDone(first: IteratorResult<StreamEvent>, rest: AsyncIterator<StreamEvent>): Promise<unknown> {
  let result = first;
  let done: unknown;
  while (!result.done) {
    if (result.value.event === 'done') done = result.value.data;
    result = await rest.next();
  }
  if (done === undefined) throw new Error('experiment ended without a result');
  return done;
}

function streamEvents(first: IteratorResult<StreamEvent>, rest: AsyncIterator<StreamEvent>, abort: AbortController): Response {
  let pending: IteratorResult<StreamEvent> | undefined = first;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const result = pending ?? (await rest.next());
        pending = undefined;
        // The reader may have gone while we waited for this event; its stream is closed.
        if (cancelled) return;
        if (result.done) controller.close();
        else controller.enqueue(encodeSse(result.value));
      } catch (error) {
        // Headers are gone already: report the failure as a final event, then end the stream.
        console.error(error);
        controller.enqueue(encodeSse({ event: 'error', data: { error: 'the run failed on the server' } }));
        controller.close();
      }
    },
    async cancel() {
      cancelled = true;
      abort.abort();
      await rest.return?.();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}

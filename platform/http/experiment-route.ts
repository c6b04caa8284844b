import type { z } from 'zod';
import { admission, type Demand, type Ticket } from '@/platform/runs/admission';
import { errorResponse } from './errors';
import { parseQuery, urlOf } from './query';
import { PushQueue } from '@/platform/runs/push-queue.mjs';
import { identifyClient, takeStart, withClientCookie } from './rate-limit';
import { SSE_HEADERS, encodeSse, wantsEventStream, type StreamEvent } from './sse';

/**
 * An experiment as the HTTP layer sees it: a query schema, and a run that yields events and
 * ends with a `done` event whose data is the whole result (the JSON answer).
 */
export interface Experiment<S extends z.ZodObject<Record<string, z.ZodType>>> {
  query: S;
  /** What a run holds at once: units of in-flight work (upstream requests, threads,
   * processes), as a number, or with `computes` for a run that keeps the cores busy. */
  cost(params: z.output<S>): number | Demand;
  run(params: z.output<S>, signal: AbortSignal): AsyncIterable<StreamEvent>;
}

/** The least time between two `queued` events of one waiting run. */
const QUEUED_EVENT_EVERY_MS = 250;

/**
 * Waits for admission. While it waits, a `queued` event reports its place when the queue moves
 * (at most every 250 ms); it returns the ticket once admitted. A wait that ends early (the
 * client left) gives the ticket back as soon as it is granted.
 */
async function* queueUntilAdmitted(
  cost: number | Demand,
  signal: AbortSignal,
): AsyncGenerator<StreamEvent, Ticket> {
  let place: { position: number; queue_length: number } | null = null;
  let moved = () => {};
  let ticket: Ticket | null = null;
  let handedOver = false;
  const admittance = admission
    .admit(cost, signal, (position, queue_length) => {
      place = { position, queue_length };
      moved();
    })
    .then((granted) => (ticket = granted));
  try {
    while (!ticket) {
      if (place) {
        yield { event: 'queued', data: place };
        place = null;
        // The queue moves at every admission; a long queue would send each waiter an event
        // each time, all written by the event loop that admitted runs are measured on.
        // Moves in between are folded into the next event.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          admittance,
          new Promise((resolve) => (timer = setTimeout(resolve, QUEUED_EVENT_EVERY_MS))),
        ]);
        clearTimeout(timer);
        continue;
      }
      const queueMoved = new Promise<void>((resolve) => (moved = resolve));
      await Promise.race([admittance, queueMoved]);
    }
    handedOver = true;
    return ticket;
  } finally {
    if (!handedOver)
      void admittance.then(
        (granted) => granted.release(),
        () => undefined,
      );
  }
}

/**
 * The run, once admission control lets it in: the `queued` events, then the run's own events,
 * forwarded one `next()` at a time. Not an async generator with `yield*`: that costs several
 * promise turns per event, and a 1000-request run sends 1000 events while it is measured. The
 * ticket is given back however the run ends.
 */
function admitted(
  cost: number | Demand,
  run: (signal: AbortSignal) => AsyncIterable<StreamEvent>,
  signal: AbortSignal,
): AsyncIterator<StreamEvent> {
  const queue = queueUntilAdmitted(cost, signal);
  let ticket: Ticket | null = null;
  let events: AsyncIterator<StreamEvent> | null = null;
  const release = () => {
    ticket?.release();
    ticket = null;
  };
  const passOn = (result: IteratorResult<StreamEvent>) => {
    if (result.done) release();
    return result;
  };
  const fail = (error: unknown): never => {
    release();
    throw error;
  };
  const start = async (): Promise<IteratorResult<StreamEvent>> => {
    const step = await queue.next();
    if (!step.done) return step;
    ticket = step.value;
    let started: AsyncIterator<StreamEvent>;
    try {
      started = run(signal)[Symbol.asyncIterator]();
    } catch (error) {
      return fail(error);
    }
    events = started;
    return started.next().then(passOn, fail);
  };
  return {
    next: () => (events ? events.next().then(passOn, fail) : start()),
    async return() {
      if (!events) await queue.return(undefined as never);
      try {
        await events?.return?.();
      } finally {
        release();
      }
      return { done: true, value: undefined };
    },
  };
}

/**
 * Turns an experiment into its route handlers. GET validates, rate-limits and admits, runs,
 * and answers with one JSON document or, for `Accept: text/event-stream`, with each event as
 * it happens. When the client goes away the run's signal aborts, so its in-flight work stops.
 * HEAD validates the query and answers GET's headers without starting a run: the framework
 * would otherwise run GET for it and never read or cancel the body. A browser without a
 * signed id gets one with either answer.
 */
export function experimentRoute<S extends z.ZodObject<Record<string, z.ZodType>>>(
  experiment: Experiment<S>,
) {
  async function GET(request: Request): Promise<Response> {
    const abort = new AbortController();
    const onClientGone = () => abort.abort();
    request.signal.addEventListener('abort', onClientGone, { once: true });
    if (request.signal.aborted) abort.abort();
    let iterator: AsyncIterator<StreamEvent> | undefined;
    try {
      const params = parseQuery(urlOf(request), experiment.query);
      const client = identifyClient(request);
      takeStart(client);
      iterator = admitted(
        experiment.cost(params),
        (signal) => experiment.run(params, signal),
        abort.signal,
      );
      // The first event is awaited before answering, so refusals (bad state, a full queue)
      // still get their proper HTTP status instead of a 200 stream carrying an error.
      const first = await iterator.next();
      const response = wantsEventStream(request)
        ? streamEvents(readToEnd(first, iterator), abort)
        : Response.json(await lastDone(first, iterator), {
            headers: { 'Cache-Control': 'no-store' },
          });
      return withClientCookie(response, client);
    } catch (error) {
      abort.abort();
      await iterator?.return?.();
      return errorResponse(error);
    } finally {
      if (!wantsEventStream(request)) request.signal.removeEventListener('abort', onClientGone);
    }
  }

  function HEAD(request: Request): Response {
    try {
      parseQuery(urlOf(request), experiment.query);
    } catch (error) {
      return new Response(null, { status: errorResponse(error).status });
    }
    const headers = wantsEventStream(request)
      ? SSE_HEADERS
      : { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
    // A newcomer gets its id here too, without spending a start (the load scripts use that).
    return withClientCookie(new Response(null, { headers }), identifyClient(request));
  }

  return { GET, HEAD };
}

/**
 * Reads the run to its end on its own, whether or not anyone reads the response, and hands
 * its events on through a queue. The run's admission is then given back when the run ends,
 * not when (or if) a client reads its last event: a client that never reads, or a body the
 * framework drops unread, holds nothing longer than the run's own bounded length. A reader
 * that stops early stops the run (`return()`), as before.
 */
function readToEnd(
  first: IteratorResult<StreamEvent>,
  rest: AsyncIterator<StreamEvent>,
): AsyncIterator<StreamEvent> {
  const events = new PushQueue<StreamEvent>(() => rest.return?.());
  const read = async () => {
    for (let result = first; !result.done; result = await rest.next()) events.push(result.value);
  };
  void events.endWith(read());
  return events;
}

async function lastDone(
  first: IteratorResult<StreamEvent>,
  rest: AsyncIterator<StreamEvent>,
): Promise<unknown> {
  let result = first;
  let done: unknown;
  while (!result.done) {
    if (result.value.event === 'done') done = result.value.data;
    result = await rest.next();
  }
  if (done === undefined) throw new Error('experiment ended without a result');
  return done;
}

/** Resolves with `NOT_YET` once the event loop has moved on to its next turn. */
const NOT_YET = Symbol('not yet');
const nextTurn = () => new Promise<typeof NOT_YET>((resolve) => setImmediate(resolve, NOT_YET));

function streamEvents(rest: AsyncIterator<StreamEvent>, abort: AbortController): Response {
  let pending: Promise<IteratorResult<StreamEvent>> | undefined;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        let result = await (pending ?? rest.next());
        pending = undefined;
        // Events that are already waiting go out as one write: responses that arrive together
        // (a thousand async requests end within milliseconds) would otherwise cost a socket
        // write each, on the event loop the run is being measured on.
        const events: StreamEvent[] = [];
        const turn = nextTurn();
        while (!result.done) {
          events.push(result.value);
          const next = rest.next();
          const ready = await Promise.race([next, turn]);
          if (ready === NOT_YET) {
            pending = next;
            break;
          }
          result = ready;
        }
        // The reader may have gone while we waited for this event; its stream is closed.
        if (cancelled) return;
        if (events.length > 0) controller.enqueue(encodeSse(...events));
        if (result.done) controller.close();
      } catch (error) {
        // The reader left and the run ended by throwing (a killed child reports the cancel as
        // an AbortError): not a server fault, and nobody is there to tell.
        if (cancelled) return;
        // Headers are gone already: report the failure as a final event, then end the stream.
        console.error(error);
        controller.enqueue(
          encodeSse({ event: 'error', data: { error: 'the run failed on the server' } }),
        );
        controller.close();
      }
    },
    async cancel() {
      cancelled = true;
      abort.abort();
      // A run may end its iteration by throwing the abort (a killed thread or child reports
      // it as an AbortError): that is how a cancelled run should end, not an error of the
      // stream's cancel, which would reject in whoever cancelled it (the server, for a tab
      // that closed).
      await rest.return?.().catch((error: unknown) => {
        if (!(error instanceof Error && error.name === 'AbortError')) console.error(error);
      });
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}

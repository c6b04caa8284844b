import 'server-only';
import { SSE_HEADERS } from '@/platform/http/sse';
import type { ClassBus } from './bus';
import type { ClassStore } from './store';
import { forStudents, type StoredEvent } from './types';

// A class's live event stream. It starts after the event id the client names (the
// Last-Event-ID header a reconnecting EventSource sends, else `?after=` from the view it
// fetched), replays what it missed from the store, then reads on each time the bus says the
// class changed. Events go out once each, in id order.

export const HEARTBEAT_MS = 15_000;
/** A client further behind than this refetches the whole view instead (a `reset` event). */
const MAX_REPLAY = 2000;
/** EventSource retries after this long when the connection drops (a server restart). */
const RETRY_MS = 1000;

const encoder = new TextEncoder();
const frame = ({ id, event }: StoredEvent) =>
  `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

export function classEventStream(options: {
  code: string;
  afterId: number;
  role: 'teacher' | 'student';
  store: ClassStore;
  bus: ClassBus;
  signal: AbortSignal;
}): Response {
  const { code, role, store, bus, signal } = options;
  const visible = (stored: StoredEvent) => role === 'teacher' || forStudents(stored.event);
  let lastSent = options.afterId;
  let cleanup = () => {};

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the stream was closed under us
        }
      };
      const send = (stored: StoredEvent) => {
        if (stored.id <= lastSent) return;
        lastSent = stored.id;
        if (visible(stored)) write(frame(stored));
      };
      let closed = false;
      // Every announcement only says "something changed": the stream reads what is new from
      // the store, in id order. With several instances (Redis) announcements can arrive out of
      // order or late; reading from the store cannot skip an event.
      let reading = false;
      let again = false;
      const catchUp = async () => {
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        try {
          do {
            again = false;
            const missed = await store.eventsAfter(code, lastSent, MAX_REPLAY + 1);
            if (missed.length > MAX_REPLAY) {
              write('event: reset\ndata: {}\n\n');
              cleanup();
              return;
            }
            for (const stored of missed) send(stored);
          } while (again && !closed);
        } catch (error) {
          console.error(error);
          cleanup(); // the browser reconnects and resumes from its last id
        } finally {
          reading = false;
        }
      };
      const unsubscribe = bus.subscribe(code, () => void catchUp());
      const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
      cleanup = () => {
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      signal.addEventListener('abort', () => cleanup(), { once: true });
      write(`retry: ${RETRY_MS}\n: open\n\n`);
      await catchUp();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, { headers: SSE_HEADERS });
}

/** Where a stream starts: Last-Event-ID when the browser reconnects, else `?after=`, else 0. */
export function resumeId(request: Request): number {
  const header = request.headers.get('last-event-id');
  const query = new URL(request.url).searchParams.get('after');
  const raw = header ?? query ?? '0';
  return /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
}

/** One event of an experiment's stream: a name and a JSON payload. */
export interface StreamEvent<Name extends string = string, Data = unknown> {
  event: Name;
  data: Data;
}

const encoder = new TextEncoder();

/** One Server-Sent Event frame. JSON never contains a raw newline, so one `data:` line suffices. */
export function sseFrame({ event, data }: StreamEvent): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Server-Sent Event frames as the bytes of one write. */
export function encodeSse(...events: StreamEvent[]): Uint8Array {
  return encoder.encode(events.map(sseFrame).join(''));
}

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform keeps proxies from buffering or compressing the stream.
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
} as const;

/** True when the client asked for a stream of events rather than one JSON document. */
export function wantsEventStream(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/event-stream');
}

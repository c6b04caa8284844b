// Reads a route's event stream in a test, frame by frame, as a browser's EventSource would.

export interface SseEvents {
  /** The next event, or null at the end of the stream. */
  next(): Promise<{ event: string; data: unknown } | null>;
  /** Cancels the response body itself, as a browser does when the reader goes away. */
  cancel(): Promise<void>;
}

/** The events of an event-stream response, parsed as they arrive. */
export function eventsOf(response: Response): SseEvents {
  // The body's own reader (not a piped copy), so that cancel() reaches the route at once.
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    async next() {
      while (!buffered.includes('\n\n')) {
        const read = await reader.read();
        if (read.done) return null;
        buffered += decoder.decode(read.value, { stream: true });
      }
      const end = buffered.indexOf('\n\n');
      const frame = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const field = (name: string) => frame.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1] ?? '';
      return { event: field('event'), data: JSON.parse(field('data')) };
    },
    cancel: () => reader.cancel(),
  };
}

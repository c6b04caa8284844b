import { describe, expect, it } from 'vitest';
import { encodeSse, wantsEventStream } from './sse';

describe('encodeSse', () => {
  it('writes one event frame with the data as one line of JSON', () => {
    const text = new TextDecoder().decode(
      encodeSse({ event: 'request', data: { note: 'two\nlines', n: 1 } }),
    );
    expect(text).toBe('event: request\ndata: {"note":"two\\nlines","n":1}\n\n');
  });
});

describe('wantsEventStream', () => {
  const request = (accept?: string) =>
    new Request('http://test/', accept ? { headers: { accept } } : {});
  it('is true only when the client accepts text/event-stream', () => {
    expect(wantsEventStream(request('text/event-stream'))).toBe(true);
    expect(wantsEventStream(request('application/json, text/event-stream;q=0.9'))).toBe(true);
    expect(wantsEventStream(request('application/json'))).toBe(false);
    expect(wantsEventStream(request())).toBe(false);
  });
});

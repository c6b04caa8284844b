import { describe, expect, it } from 'vitest';
import { ApiError } from '@/platform/http/errors';
import { MAX_BODY_BYTES, readBody } from './http';
import { studentActionSchema } from './schemas';

async function statusOf(
  body: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
) {
  try {
    await readBody(
      new Request('http://x/api/class/ABC234/student', {
        method: 'POST',
        body,
        headers,
        duplex: 'half',
      } as RequestInit),
      studentActionSchema,
    );
    return 200;
  } catch (error) {
    return error instanceof ApiError ? error.status : 500;
  }
}

describe('class request bodies', () => {
  it('takes bounded JSON only, and says what is wrong', async () => {
    expect(await statusOf(JSON.stringify({ action: 'join', nickname: 'Ada' }))).toBe(200);
    expect(await statusOf('{"action":"join"', { 'Content-Type': 'application/json' })).toBe(400);
    expect(
      await statusOf(JSON.stringify({ action: 'join' }), { 'Content-Type': 'text/plain' }),
    ).toBe(415);
    expect(
      await statusOf(JSON.stringify({ action: 'join', nickname: 'x'.repeat(MAX_BODY_BYTES) })),
    ).toBe(413);
  });

  it('cuts off a body sent without a length', async () => {
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
      },
    });
    expect(await statusOf(endless as unknown as BodyInit)).toBe(413);
  });
});

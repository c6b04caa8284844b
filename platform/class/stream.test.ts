import { describe, expect, it } from 'vitest';
import { LocalBus } from './bus';
import { JoinGuard } from './join-guard';
import { ClassService } from './service';
import { SqliteClassStore } from './sqlite-store';
import { classEventStream, resumeId } from './stream';

/** Reads SSE frames from `response` until `done` says so; returns the events' ids and names. */
async function readFrames(
  response: Response,
  done: (frames: string[]) => boolean,
): Promise<string[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const frames = text.split('\n\n').filter((f) => f.startsWith('id:'));
    if (done(frames)) {
      await reader.cancel();
      return frames.map((f) => f.split('\n').slice(0, 2).join(' '));
    }
    const { value, done: ended } = await reader.read();
    if (ended) throw new Error(`stream ended after: ${text}`);
    text += value;
  }
}

describe('class event stream', () => {
  it('replays what a reconnecting student missed, hides teacher-only events, then goes live', async () => {
    const store = new SqliteClassStore(':memory:');
    const bus = new LocalBus();
    const service = new ClassService(store, bus);
    const { record } = await service.create();
    const first = await service.teacherAct(record.code, {
      action: 'slide',
      slide: { index: 0, title: 'One', prompt: null },
    });
    await service.join(record.code, 'hidden from students');
    const second = await service.teacherAct(record.code, {
      action: 'slide',
      slide: { index: 1, title: 'Two', prompt: null },
    });
    const abort = new AbortController();
    const response = classEventStream({
      code: record.code,
      afterId: first.id,
      role: 'student',
      store,
      bus,
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const framesPromise = readFrames(response, (frames) => frames.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const third = await service.teacherAct(record.code, {
      action: 'run',
      questionId: 's1',
      measured: { async: 101 },
    });
    expect(await framesPromise).toEqual([
      `id: ${second.id} event: slide`,
      `id: ${third.id} event: run`,
    ]);
    abort.abort();
  });

  it('resumes from Last-Event-ID before ?after=, and ignores malformed ids', () => {
    const request = (url: string, headers: Record<string, string> = {}) =>
      new Request(`http://x${url}`, { headers });
    expect(resumeId(request('/e?after=5', { 'last-event-id': '9' }))).toBe(9);
    expect(resumeId(request('/e?after=5'))).toBe(5);
    expect(resumeId(request('/e?after=-1'))).toBe(0);
    expect(resumeId(request('/e', { 'last-event-id': '1e9' }))).toBe(0);
  });
});

describe('join code guard', () => {
  it('refuses an address after 20 wrong codes, for every code, until its bucket refills', () => {
    const guard = new JoinGuard();
    for (let i = 0; i < 19; i++) guard.miss('10.0.0.1', 0);
    expect(() => guard.miss('10.0.0.1', 0)).not.toThrow();
    expect(() => guard.miss('10.0.0.1', 0)).toThrow(/Too many wrong class codes/);
    expect(() => guard.check('10.0.0.1', 1000)).toThrow(/Too many/);
    expect(() => guard.check('10.0.0.2', 1000)).not.toThrow();
    expect(() => guard.check('10.0.0.1', 61_000)).not.toThrow();
  });
});

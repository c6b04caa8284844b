import { describe, expect, it, vi } from 'vitest';
import { PushQueue, pushStream } from './push-queue.mjs';

describe('PushQueue', () => {
  it('gives values pushed before and while the consumer waits, in order, then ends', async () => {
    const queue = new PushQueue<number>();
    queue.push(1);
    const seen: number[] = [];
    const consumed = (async () => {
      for await (const value of queue) seen.push(value);
    })();
    await Promise.resolve();
    queue.push(2);
    queue.push(3);
    queue.end();
    queue.push(4); // after the end: ignored
    await consumed;
    expect(seen).toEqual([1, 2, 3]);
  });

  it('throws the error given to end only after the values pushed before it, and only once', async () => {
    const queue = new PushQueue<string>();
    queue.push('a');
    queue.push('b');
    queue.end(new Error('boom'));
    expect(await queue.next()).toEqual({ value: 'a', done: false });
    expect(await queue.next()).toEqual({ value: 'b', done: false });
    await expect(queue.next()).rejects.toThrow('boom');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });

  it('endWith ends with the producer: done when it resolves, its error when it rejects', async () => {
    const done = new PushQueue<number>();
    done.push(1);
    await done.endWith(Promise.resolve('finished'));
    expect(await done.next()).toEqual({ value: 1, done: false });
    expect(await done.next()).toEqual({ value: undefined, done: true });

    const failed = new PushQueue<number>();
    failed.push(2);
    await failed.endWith(Promise.reject(new Error('producer broke')));
    expect(await failed.next()).toEqual({ value: 2, done: false });
    await expect(failed.next()).rejects.toThrow('producer broke');
  });

  it('rejects a waiting consumer at once when it ends with an error', async () => {
    const queue = new PushQueue<string>();
    const waiting = queue.next();
    queue.end(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
  });

  it('calls onReturn when the consumer stops early, not after the end, and ends a waiting next', async () => {
    const onReturn = vi.fn();
    const early = new PushQueue<number>(onReturn);
    early.push(1);
    for await (const value of early) if (value === 1) break;
    expect(onReturn).toHaveBeenCalledTimes(1);

    const late = new PushQueue<number>(onReturn);
    late.end();
    await late.return();
    expect(onReturn).toHaveBeenCalledTimes(1);

    const pending = new PushQueue<number>();
    const waiting = pending.next();
    await pending.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });
});

describe('pushStream', () => {
  it('starts nothing until the first next(), then yields what is pushed and ends with the producer', async () => {
    const produce = vi.fn(async (push: (value: number) => void) => {
      push(1);
      await Promise.resolve();
      push(2);
    });
    const stream = pushStream(produce);
    expect(produce).not.toHaveBeenCalled();
    const seen: number[] = [];
    for await (const value of stream) seen.push(value);
    expect(seen).toEqual([1, 2]);
    expect(produce).toHaveBeenCalledTimes(1);
  });

  it('throws the producer’s error after the values before it', async () => {
    const stream = pushStream<number>(async (push) => {
      push(1);
      throw new Error('run failed');
    });
    expect(await stream.next()).toEqual({ value: 1, done: false });
    await expect(stream.next()).rejects.toThrow('run failed');
  });

  it('tells the producer the reader stopped, and return() waits until it has cleaned up', async () => {
    const steps: string[] = [];
    const stream = pushStream<number>(async (push, stopped) => {
      push(1);
      await stopped;
      await new Promise((resolve) => setTimeout(resolve, 5));
      steps.push('released');
    });
    for await (const value of stream) if (value === 1) break;
    expect(steps).toEqual(['released']);
  });

  it('a stream returned before it was read never starts its producer', async () => {
    const produce = vi.fn(async () => {});
    await pushStream(produce).return();
    expect(produce).not.toHaveBeenCalled();
  });
});

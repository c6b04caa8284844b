import { describe, expect, it } from 'vitest';
import { asCompleted } from '../workers/as-completed.mjs';

/** A promise settled from outside, so a test decides the order of completion. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

describe('asCompleted', () => {
  it('yields values in the order the promises settle, not the order given', async () => {
    const [a, b, c] = [deferred<string>(), deferred<string>(), deferred<string>()];
    const values = collect(asCompleted([a.promise, b.promise, c.promise]));
    c.resolve('c');
    a.resolve('a');
    b.resolve('b');
    expect(await values).toEqual(['c', 'a', 'b']);
  });

  it('yields each value as soon as it settles, before the others', async () => {
    const [fast, slow] = [deferred<string>(), deferred<string>()];
    const iterator = asCompleted([slow.promise, fast.promise])[Symbol.asyncIterator]();
    fast.resolve('fast');
    expect(await iterator.next()).toEqual({ value: 'fast', done: false });
    slow.resolve('slow');
    expect(await iterator.next()).toEqual({ value: 'slow', done: false });
    expect((await iterator.next()).done).toBe(true);
  });

  it('ends at once for no promises', async () => {
    expect(await collect(asCompleted([]))).toEqual([]);
  });

  it('ends with the error of the first rejection, after the values that came before it', async () => {
    const [a, b, c] = [deferred<string>(), deferred<string>(), deferred<string>()];
    const seen: string[] = [];
    const run = (async () => {
      for await (const value of asCompleted([a.promise, b.promise, c.promise])) seen.push(value);
    })();
    b.resolve('b');
    a.reject(new Error('boom'));
    c.resolve('c');
    await expect(run).rejects.toThrow('boom');
    expect(seen).toEqual(['b']);
  });
});

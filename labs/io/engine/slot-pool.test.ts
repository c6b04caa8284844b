import { describe, expect, it } from 'vitest';
import { SlotPool } from '../workers/slot-pool.mjs';

/** Whether a promise is still pending once everything already queued has run. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  const settled = await Promise.race([
    promise,
    new Promise((resolve) => setImmediate(() => resolve(marker))),
  ]);
  return settled === marker;
}

describe('SlotPool', () => {
  it('hands out the lowest free slots first', async () => {
    const pool = new SlotPool(3);
    expect([await pool.acquire(), await pool.acquire(), await pool.acquire()]).toEqual([0, 1, 2]);
  });

  it('makes the next holder wait while every slot is taken', async () => {
    const pool = new SlotPool(1);
    expect(await pool.acquire()).toBe(0);
    const waiting = pool.acquire();
    expect(await isPending(waiting)).toBe(true);
    pool.release(0);
    expect(await waiting).toBe(0);
  });

  it('gives a released slot to the longest waiter (first in, first out)', async () => {
    const pool = new SlotPool(2);
    await pool.acquire();
    await pool.acquire();
    const first = pool.acquire();
    const second = pool.acquire();
    pool.release(1);
    expect([await isPending(first), await isPending(second)]).toEqual([false, true]);
    expect(await first).toBe(1);
    pool.release(0);
    expect(await isPending(second)).toBe(false);
    expect(await second).toBe(0);
  });

  it('returns a slot nobody waits for to the pool', async () => {
    const pool = new SlotPool(2);
    const a = await pool.acquire();
    await pool.acquire();
    pool.release(a);
    expect(await pool.acquire()).toBe(a);
  });

  it('never has more than `size` holders at once, however many ask', async () => {
    const pool = new SlotPool(3);
    let holders = 0;
    let most = 0;
    const held = new Set<number>();
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const slot = await pool.acquire();
        expect(held.has(slot)).toBe(false);
        held.add(slot);
        most = Math.max(most, ++holders);
        await new Promise((resolve) => setImmediate(resolve));
        held.delete(slot);
        holders--;
        pool.release(slot);
      }),
    );
    expect(most).toBe(3);
  });
});

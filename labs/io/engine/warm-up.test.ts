import { afterAll, expect, it } from 'vitest';
import { IO_DEFAULTS } from '../limits';
import { closeIdlePools } from './thread-pools';
import { warmUpIo } from './warm-up';

afterAll(closeIdlePools);

const idlePools = (size: number) =>
  (
    globalThis as { __concurrencyLabPools?: { idle: Map<number, unknown[]> } }
  ).__concurrencyLabPools?.idle.get(size)?.length ?? 0;

it('leaves the upstream running and a warm pool of the default size idle for the first reader', async () => {
  await closeIdlePools();
  expect(idlePools(IO_DEFAULTS.workers)).toBe(0);
  await warmUpIo();
  expect(idlePools(IO_DEFAULTS.workers)).toBe(1);
  expect(
    await (globalThis as { __concurrencyLabUpstream?: Promise<{ origin: string }> })
      .__concurrencyLabUpstream,
  ).toMatchObject({
    origin: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
  });
});

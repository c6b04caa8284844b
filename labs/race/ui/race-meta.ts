import { raceConfigKey, raceConfigLabel, type RaceConfig } from '@/labs/race/outcome';

/** How a configuration is drawn in the chart across runs. */
export interface RaceConfigStyle {
  key: string;
  label: string;
  color: string;
  /** A recharts symbol: circle without a lock, square with one. */
  shape: 'circle' | 'square';
  /** Node's points are filled, CPython's hollow. */
  hollow: boolean;
}

/**
 * Colour says what can cut a transfer in two: parallel threads (blue), threads that yield with
 * time.sleep(0) (purple), async tasks with no await inside (green), async tasks with an await
 * inside (orange). Shape says whether a lock was held; fill says which engine ran it.
 */
export function raceConfigStyle(config: RaceConfig): RaceConfigStyle {
  const colors = {
    threads: config.yield_between ? 'var(--color-processes)' : 'var(--color-threads)',
    async: config.yield_between ? 'var(--color-sequential)' : 'var(--color-async)',
  };
  return {
    key: raceConfigKey(config),
    label: raceConfigLabel(config),
    color: colors[config.strategy],
    shape: config.lock ? 'square' : 'circle',
    hollow: config.engine === 'cpython',
  };
}

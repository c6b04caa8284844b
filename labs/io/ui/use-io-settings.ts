'use client';

import { IO_DEFAULTS } from '@/labs/io/limits';
import { setupKey } from '@/lib/experiments/latest-runs';
import { labQueryString, useUrlSettings } from '@/components/lab-shell/use-url-settings';

/** The experiment's knobs as the reader typed them (strings: the server is the validator). */
export type IoSettings = Record<(typeof SETTING_KEYS)[number], string>;

export const SETTING_KEYS = [
  'engine',
  'count',
  'delay_ms',
  'jitter_ms',
  'workers',
  'limit',
  'fail_rate',
  'seed',
] as const;

const defaults: IoSettings = {
  // Blank: CPython where the server has it, else Node.js (see effectiveIoEngine).
  engine: '',
  count: String(IO_DEFAULTS.count),
  delay_ms: String(IO_DEFAULTS.delay_ms),
  jitter_ms: String(IO_DEFAULTS.jitter_ms),
  workers: String(IO_DEFAULTS.workers),
  limit: '',
  fail_rate: String(IO_DEFAULTS.fail_rate),
  seed: '',
};

/**
 * Settings kept in the page URL (`?count=20&delay_ms=200`, unprefixed: the I/O lab is alone on
 * its page), so a shared link reproduces the setup. Only values that differ from the defaults are written.
 */
export function useIoSettings() {
  return useUrlSettings(null, defaults);
}

/** The API query for a run of `strategy` with these settings. */
export function ioQueryString(strategy: string, settings: IoSettings): string {
  return labQueryString({ strategy }, settings);
}

/**
 * What a run of these settings measures on `engine`, for comparing like with like (runs saved or
 * recorded before the engine was a setting ran on Node.js).
 */
export function ioSetup(settings: Partial<IoSettings>, engine: string | undefined): string {
  // The engine as typed may be blank: `engine` is the one that runs.
  const { engine: _typed, ...knobs } = defaults;
  return `${engine || 'node'}/${setupKey(settings, knobs)}`;
}

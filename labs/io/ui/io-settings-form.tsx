'use client';

import type { ComponentProps } from 'react';
import { IO_LIMITS } from '@/labs/io/limits';
import type { SettingField } from '@/components/lab-shell/settings-fields';
import { SettingsGrid } from '@/components/lab-shell/settings-grid';
import type { IoSettings } from './use-io-settings';

const fields: SettingField<keyof IoSettings>[] = [
  {
    key: 'count',
    label: 'Requests',
    hint: `1–${IO_LIMITS.maxCount}`,
    min: 1,
    max: IO_LIMITS.maxCount,
  },
  {
    key: 'delay_ms',
    label: 'Delay (ms)',
    hint: 'upstream wait per request',
    min: 0,
    max: IO_LIMITS.maxDelayMs,
  },
  {
    key: 'jitter_ms',
    label: 'Jitter (ms)',
    hint: 'random extra, 0 to this',
    min: 0,
    max: IO_LIMITS.maxJitterMs,
  },
  {
    key: 'workers',
    label: 'Threads',
    hint: `pool size, 1–${IO_LIMITS.maxWorkers}`,
    min: 1,
    max: IO_LIMITS.maxWorkers,
  },
  {
    key: 'limit',
    label: 'Async limit',
    hint: 'max in flight; empty = none',
    min: 1,
    max: IO_LIMITS.maxCount,
    placeholder: 'none',
  },
  { key: 'fail_rate', label: 'Failure rate', hint: '0 to 1, e.g. 0.2', min: 0, max: 1, step: 0.05 },
  {
    key: 'seed',
    label: 'Seed',
    hint: 'repeat jitter & failures',
    placeholder: 'random',
    text: true,
  },
];

/** The experiment's knobs. Inputs accept anything; the server's answer says what is wrong. */
export function IoSettingsForm(
  form: Omit<ComponentProps<typeof SettingsGrid<keyof IoSettings>>, 'fields'>,
) {
  return (
    <SettingsGrid
      fields={fields}
      className="grid grid-cols-2 gap-x-3 gap-y-3 sm:grid-cols-4 lg:grid-cols-7"
      {...form}
    />
  );
}

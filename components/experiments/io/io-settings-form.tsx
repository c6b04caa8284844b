'use client';

import type { ExperimentIssue } from '@/lib/client/stream-experiment';
import { IO_LIMITS } from '@/lib/io/limits';
import type { IoSettings } from './use-io-settings';

interface Field {
  key: keyof IoSettings;
  label: string;
  hint: string;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
  text?: boolean;
}

const fields: Field[] = [
  { key: 'count', label: 'Requests', hint: `1–${IO_LIMITS.maxCount}`, min: 1, max: IO_LIMITS.maxCount },
  { key: 'delay_ms', label: 'Delay (ms)', hint: 'upstream wait per request', min: 0, max: IO_LIMITS.maxDelayMs },
  { key: 'jitter_ms', label: 'Jitter (ms)', hint: 'random extra, 0 to this', min: 0, max: IO_LIMITS.maxJitterMs },
  { key: 'workers', label: 'Threads', hint: `pool size, 1–${IO_LIMITS.maxWorkers}`, min: 1, max: IO_LIMITS.maxWorkers },
  { key: 'limit', label: 'Async limit', hint: 'max in flight; empty = none', min: 1, max: IO_LIMITS.maxCount, placeholder: 'none' },
  { key: 'fail_rate', label: 'Failure rate', hint: '0 to 1, e.g. 0.2', min: 0, max: 1, step: 0.05 },
  { key: 'seed', label: 'Seed', hint: 'repeat jitter & failures', placeholder: 'random', text: true },
];

/** The experiment's knobs. Inputs accept anything; the server's answer says what is wrong. */
export function IoSettingsForm({
  settings,
  issues,
  disabled,
  onChange,
  idPrefix,
}: {
  settings: IoSettings;
  issues: ExperimentIssue[];
  disabled: boolean;
  onChange: (key: keyof IoSettings, value: string) => void;
  idPrefix: string;
}) {
  return (
    <fieldset disabled={disabled} className="grid grid-cols-2 gap-x-3 gap-y-3 sm:grid-cols-4 lg:grid-cols-7">
      <legend className="sr-only">Experiment settings</legend>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const problem = issues.find((issue) => issue.path === field.key);
        return (
          <div key={field.key} className="flex min-w-0 flex-col">
            <label htmlFor={id} className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
              {field.label}
            </label>
            <input
              id={id}
              name={field.key}
              type={field.text ? 'text' : 'number'}
              inputMode={field.text ? 'text' : 'decimal'}
              min={field.min}
              max={field.max}
              step={field.step ?? 1}
              placeholder={field.placeholder}
              value={settings[field.key]}
              onChange={(event) => onChange(field.key, event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${id}-hint`}
              className={`mt-1 w-full rounded-md border bg-white px-2 py-1.5 text-sm tabular-nums text-zinc-900 disabled:opacity-60 dark:bg-zinc-900 dark:text-zinc-100 ${
                problem ? 'border-rose-500 ring-1 ring-rose-500' : 'border-zinc-300 dark:border-zinc-700'
              }`}
            />
            <span id={`${id}-hint`} className={`mt-0.5 text-[11px] leading-tight ${problem ? 'text-rose-700 dark:text-rose-300' : 'text-zinc-500 dark:text-zinc-400'}`}>
              {problem ? problem.message : field.hint}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}

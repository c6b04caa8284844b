'use client';

import type { ExperimentIssue } from '@/lib/client/stream-experiment';
import { fieldProblem } from '@/lib/experiments/field-problem';

/** One knob of a lab: a number with the server's bounds, or free text (`text`, e.g. a seed). */
export interface SettingField<K extends string> {
  key: K;
  label: string;
  hint: string;
  min?: number;
  max?: number;
  step?: number;
  /** Shown while the field is empty (what an empty field means, e.g. "none"). */
  placeholder?: string;
  text?: boolean;
}

/**
 * A lab's knobs, one labelled input each (put them in a grid). A value out of the field's bounds
 * is refused here, in plain words under the field in place of the hint, and marked
 * `data-refused` so that RunControls sends no run while one is; a 400 reason of the server
 * (which stays the validator) shows under the field too, as the second line.
 */
export function SettingsFields<K extends string>({
  fields,
  values,
  issues,
  onChange,
  idPrefix,
}: {
  fields: readonly SettingField<K>[];
  values: Readonly<Record<K, string>>;
  issues: readonly ExperimentIssue[];
  onChange: (key: K, value: string) => void;
  idPrefix: string;
}) {
  return fields.map((field) => {
    const id = `${idPrefix}-${field.key}`;
    const refused = fieldProblem(field, values[field.key]);
    const server = issues.find((issue) => issue.path === field.key)?.message;
    const problem = refused ?? server;
    return (
      <div key={field.key} className="flex min-w-0 flex-col">
        <label htmlFor={id} className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
          {field.label}
        </label>
        <input
          id={id}
          name={field.key}
          type={field.text ? 'text' : 'number'}
          inputMode={field.text ? 'text' : (field.step ?? 1) < 1 ? 'decimal' : 'numeric'}
          min={field.min}
          max={field.max}
          step={field.text ? undefined : (field.step ?? 1)}
          placeholder={field.placeholder}
          value={values[field.key]}
          onChange={(event) => onChange(field.key, event.target.value)}
          aria-invalid={problem ? true : undefined}
          data-refused={refused ? '' : undefined}
          aria-describedby={`${id}-hint`}
          className={`mt-1 w-full rounded-md border bg-white px-2 py-1.5 text-sm tabular-nums text-zinc-900 disabled:opacity-60 dark:bg-zinc-900 dark:text-zinc-100 ${
            problem
              ? 'border-rose-500 ring-1 ring-rose-500'
              : 'border-zinc-300 dark:border-zinc-700'
          }`}
        />
        <span
          id={`${id}-hint`}
          className={`mt-0.5 text-[11px] leading-tight ${problem ? 'text-rose-700 dark:text-rose-300' : 'text-zinc-500 dark:text-zinc-400'}`}
        >
          {problem ?? field.hint}
          {refused && server && server !== refused ? <span className="block">{server}</span> : null}
        </span>
      </div>
    );
  });
}

'use client';

import { SCALE_PRESETS, SCALE_UNIT_NAMES, type ScaleSettings } from '@/labs/scale/settings';
import {
  isScaleEngine,
  isScaleKind,
  SCALE_ENGINES,
  SCALE_KINDS,
  type ScaleEngine,
  type ScaleKind,
} from '@/labs/scale/contract';
import type { Choice } from '@/components/lab-shell/choice-field';
import { engineOptions } from '@/components/lab-shell/engine-options';
import {
  SettingChoices,
  SettingNumbers,
  type SettingsFormProps,
} from '@/components/lab-shell/settings-form-parts';

/** The server's caps (labs/scale/params.ts), passed in by the server component. */
export interface ScaleBounds {
  maxCount: Record<ScaleKind, Record<ScaleEngine, number>>;
  sleepMs: number;
}

const kindChoices: Record<ScaleKind, Choice> = {
  tasks: { value: 'tasks', label: 'Tasks', hint: 'async functions on one event loop' },
  threads: { value: 'threads', label: 'Threads', hint: 'OS threads (Node: worker threads)' },
};
const engineChoices: Record<ScaleEngine, Choice> = engineOptions({
  node: 'a node child process',
  cpython: 'a python3 child process',
});

/** The scale lab's knobs and presets; the server's answer to bad input shows next to the field. */
export function ScaleSettingsForm({
  bounds,
  ...form
}: SettingsFormProps<keyof ScaleSettings> & { bounds: ScaleBounds }) {
  const { settings, onChange } = form;
  const kind = isScaleKind(settings.kind) ? settings.kind : 'tasks';
  const engine = isScaleEngine(settings.engine) ? settings.engine : 'node';
  const max = bounds.maxCount[kind][engine];
  const names = SCALE_UNIT_NAMES[kind][engine];
  const choose = (next: ScaleSettings) => {
    for (const key of ['kind', 'engine', 'count'] as const)
      if (next[key] !== settings[key]) onChange(key, next[key]);
  };

  return (
    <fieldset disabled={form.disabled} className="space-y-3">
      <legend className="sr-only">Scale settings</legend>
      <div className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-3">
        <SettingChoices
          form={form}
          fields={[
            { setting: 'kind', legend: 'Units', choices: SCALE_KINDS.map((k) => kindChoices[k]) },
            {
              setting: 'engine',
              legend: 'Engine',
              choices: SCALE_ENGINES.map((e) => engineChoices[e]),
            },
          ]}
        />
        <div className="col-span-2 sm:col-span-1">
          <SettingNumbers
            form={form}
            fields={[
              {
                key: 'count',
                label: `How many ${names.many}`,
                hint: `1–${max.toLocaleString('en-US')} on this server`,
                min: 1,
                max,
              },
            ]}
          />
        </div>
      </div>
      <div
        className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm"
        role="group"
        aria-label="Presets"
      >
        <span className="text-xs font-medium text-zinc-700 dark:text-zinc-300">Presets</span>
        {(
          [
            ['tasks', engine, engine === 'node' ? 'Node tasks' : 'CPython tasks'],
            ['threads', 'cpython', 'CPython threads'],
            ['threads', 'node', 'Node workers'],
          ] as const
        ).map(([presetKind, presetEngine, label]) => (
          <span
            key={`${presetKind}-${presetEngine}`}
            className="inline-flex flex-wrap items-center gap-1"
          >
            <span className="text-xs text-zinc-600 dark:text-zinc-400">{label}:</span>
            {SCALE_PRESETS[presetKind][presetEngine].map((count) => {
              const active =
                kind === presetKind && engine === presetEngine && settings.count === String(count);
              return (
                <button
                  key={count}
                  type="button"
                  aria-pressed={active}
                  aria-label={`${count.toLocaleString('en-US')} ${label}`}
                  onClick={() =>
                    choose({ kind: presetKind, engine: presetEngine, count: String(count) })
                  }
                  className={`rounded-md border px-2 py-0.5 text-xs tabular-nums ${
                    active
                      ? 'border-indigo-600 bg-indigo-50 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100'
                      : 'border-zinc-300 bg-white text-zinc-800 hover:border-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200'
                  }`}
                >
                  {count.toLocaleString('en-US')}
                </button>
              );
            })}
          </span>
        ))}
      </div>
    </fieldset>
  );
}

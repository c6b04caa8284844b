'use client';

import { LOCK_NAME, SWITCH_POINT } from '@/labs/race/outcome';
import { yieldBetweenApplies, type RaceSettings } from '@/labs/race/settings';
import {
  isRaceEngine,
  isRaceStrategy,
  RACE_ENGINES,
  RACE_STRATEGIES,
  type RaceEngine,
  type RaceStrategyName,
} from '@/labs/race/contract';
import type { Choice } from '@/components/lab-shell/choice-field';
import { engineOptions } from '@/components/lab-shell/engine-options';
import {
  issueFor,
  SettingChoices,
  SettingNumbers,
  type SettingsFormProps,
} from '@/components/lab-shell/settings-form-parts';

/** The server's bounds, passed in from labs/race/params.ts by the server component. */
export interface RaceBounds {
  maxWorkers: number;
  maxTransfers: number;
  maxRunMs: number;
}

const engineChoices: Record<RaceEngine, Choice> = engineOptions({
  node: 'worker threads, or one event loop',
  cpython: 'threads under the GIL, or asyncio',
});
const strategyChoices: Record<RaceStrategyName, Choice> = {
  threads: { value: 'threads', label: 'Threads', hint: 'OS threads sharing the balances' },
  async: { value: 'async', label: 'Async tasks', hint: 'tasks on one event loop' },
};

const hintClass = (problem: boolean) =>
  `mt-0.5 text-[11px] leading-tight ${problem ? 'text-rose-700 dark:text-rose-300' : 'text-zinc-500 dark:text-zinc-400'}`;

/** The race lab's knobs. Inputs accept anything; the server's answer says what is wrong, next to the field. */
export function RaceSettingsForm({
  bounds,
  ...form
}: SettingsFormProps<keyof RaceSettings> & { bounds: RaceBounds }) {
  const { settings, onChange, idPrefix } = form;
  const engine = isRaceEngine(settings.engine) ? settings.engine : null;
  const strategy = isRaceStrategy(settings.strategy) ? settings.strategy : null;
  const yieldApplies = yieldBetweenApplies(settings.engine, settings.strategy);
  // CPython threads with the lock and time.sleep(0) in it are the one slow configuration.
  const slowest =
    settings.engine === 'cpython' &&
    settings.strategy === 'threads' &&
    settings.lock === 'on' &&
    settings.yield_between === 'on';
  const switchPoint = engine && strategy ? SWITCH_POINT[engine][strategy] : 'a switch point';
  const lockName = engine && strategy ? LOCK_NAME[engine][strategy] : 'a lock';

  const switchField = (
    key: 'lock' | 'yield_between',
    label: string,
    hint: string,
    enabled: boolean,
  ) => {
    const id = `${idPrefix}-${key}`;
    const message = issueFor(form.issues, key);
    return (
      <div className="flex min-w-0 flex-col">
        <label
          htmlFor={id}
          className={`flex items-start gap-2 text-sm ${enabled ? 'text-zinc-800 dark:text-zinc-200' : 'text-zinc-500 dark:text-zinc-500'}`}
        >
          <input
            id={id}
            name={key}
            type="checkbox"
            checked={enabled && settings[key] === 'on'}
            disabled={!enabled}
            onChange={(event) => onChange(key, event.target.checked ? 'on' : 'off')}
            aria-invalid={message ? true : undefined}
            aria-describedby={`${id}-hint`}
            className="mt-1 accent-indigo-700 dark:accent-indigo-400"
          />
          <span>{label}</span>
        </label>
        <span id={`${id}-hint`} className={`${hintClass(!!message)} pl-6`}>
          {message ?? hint}
        </span>
      </div>
    );
  };

  return (
    <fieldset disabled={form.disabled} className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
      <legend className="sr-only">Race settings</legend>
      <SettingChoices
        form={form}
        fields={[
          {
            setting: 'engine',
            legend: 'Engine',
            choices: RACE_ENGINES.map((e) => engineChoices[e]),
          },
          {
            setting: 'strategy',
            legend: 'Workers are',
            choices: RACE_STRATEGIES.map((s) => strategyChoices[s]),
          },
        ]}
      />
      <SettingNumbers
        form={form}
        fields={[
          {
            key: 'workers',
            label: 'Workers',
            hint: `${settings.strategy === 'async' ? 'tasks' : 'threads'}, 1–${bounds.maxWorkers}`,
            min: 1,
            max: bounds.maxWorkers,
          },
          {
            key: 'transfers',
            label: 'Transfers',
            hint: slowest
              ? `slow here: each transfer hands the GIL and the lock around; runs stop at ${bounds.maxRunMs / 1000} s`
              : `in total, 1–${bounds.maxTransfers.toLocaleString('en-US')}`,
            min: 1,
            max: bounds.maxTransfers,
          },
        ]}
      />
      <div className="col-span-2 sm:col-span-2">
        {switchField(
          'lock',
          'Lock around each transfer',
          `takes ${lockName} for the read, read, write, write`,
          true,
        )}
      </div>
      <div className="col-span-2 sm:col-span-2">
        {switchField(
          'yield_between',
          'Switch point between read and write',
          yieldApplies
            ? `adds ${switchPoint} after the reads, like a database round trip`
            : 'Not for Node threads: they run at the same moment on different cores, so nothing has to yield for two transfers to interleave.',
          yieldApplies,
        )}
      </div>
    </fieldset>
  );
}

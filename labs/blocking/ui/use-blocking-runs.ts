'use client';

import { useServerInfo } from '@/components/lab-shell/use-server-info';
import type { BlockingInfo } from '@/labs/blocking/contract';
import { labQueryString, useUrlSettings } from '@/components/lab-shell/use-url-settings';
import { useExperimentRuns, type RunChannel } from '@/components/lab-shell/use-experiment-runs';
import { labExperimentSpec } from '@/components/lab-shell/lab-experiment-spec';
import { typedDefaults } from '@/components/lab-shell/typed-defaults';
import { BLOCKING_DEFAULTS } from '@/labs/blocking/limits';
import type { BlockingResult } from '@/labs/blocking/contract';
import { eventsOfResult, type BlockingLiveEvent } from '@/labs/blocking/summary';
import type { BlockingEngine, BlockingMode, LagSample, TaskTiming } from '@/labs/blocking/contract';
import type { RunRecord } from '@/lib/experiments/runs-state';
import { setupKey } from '@/lib/experiments/latest-runs';

/** The lab's knobs as typed (strings: the server validates); `engine` blank: CPython where the server has it. */
export type BlockingSettings = Record<'engine' | keyof typeof BLOCKING_DEFAULTS, string>;
export type BlockingRun = RunRecord<
  BlockingMode,
  BlockingSettings,
  BlockingLiveEvent,
  BlockingResult
>;

const defaults: BlockingSettings = { engine: '', ...typedDefaults(BLOCKING_DEFAULTS) };

const spec = labExperimentSpec<BlockingMode, BlockingSettings, BlockingLiveEvent, BlockingResult>({
  lab: 'blocking',
  query: (mode, settings) => labQueryString({ mode }, settings),
  events: {
    task: (data) => ({ kind: 'task', task: data as TaskTiming }),
    lag: (data) => ({ kind: 'lag', samples: (data as { samples: LagSample[] }).samples }),
  },
  finalEvents: eventsOfResult,
});

/** The blocking lab's settings (kept in the URL as `blocking.*`) and its runs. */
export function useBlockingLab(channel?: RunChannel) {
  return { ...useUrlSettings('blocking', defaults), ...useExperimentRuns(spec, channel) };
}

/** What a run of these settings measures on `engine`, for comparing like with like. */
export function blockingSettingsSetup(settings: Partial<BlockingSettings>, engine: string): string {
  return `${engine}/${setupKey(settings, BLOCKING_DEFAULTS)}`;
}

/** A run's setup, for comparing like with like: the server's numbers once known, else the typed ones. */
export function blockingSetup(run: BlockingRun): string {
  const p = run.result?.params;
  // Runs saved before the engine was a setting ran on Node.js.
  if (p) return `${p.engine ?? 'node'}/${p.tasks}/${p.delay_ms}/${p.block_ms}`;
  return blockingSettingsSetup(run.settings, run.settings.engine || 'node');
}

/** Whether this server has python3 for the CPython engine, and which: asked once per visit. */
export function usePythonVersion() {
  return useServerInfo<BlockingInfo>('/api/experiments/blocking/info');
}

/**
 * The engine the next run gets, and `engineForRun()`, which waits for the server's answer when
 * a reader presses Run before it has come.
 */
export function useBlockingEngine(chosen: string) {
  const { data: info, error, mutate } = usePythonVersion();
  const known = error ? null : info?.python;
  const engineForRun = async () =>
    effectiveBlockingEngine(
      chosen,
      info || error ? known : (await mutate().catch(() => undefined))?.python,
    );
  return {
    info,
    loading: !info && !error,
    engine: effectiveBlockingEngine(chosen, known),
    engineForRun,
  };
}

/** The engine a run gets: the one chosen if the server has it, else CPython where it can. */
export function effectiveBlockingEngine(
  chosen: string,
  python: { version: string } | null | undefined,
): BlockingEngine {
  if (chosen === 'node' || !python) return 'node';
  return 'cpython';
}

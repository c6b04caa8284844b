'use client';

import { useServerInfo } from '@/components/lab-shell/use-server-info';
import { labQueryString, useUrlSettings } from '@/components/lab-shell/use-url-settings';
import { useExperimentRuns, type RunChannel } from '@/components/lab-shell/use-experiment-runs';
import { labExperimentSpec } from '@/components/lab-shell/lab-experiment-spec';
import { typedDefaults } from '@/components/lab-shell/typed-defaults';
import type { CpuInfo } from '@/labs/gil/contract';
import { CPU_DEFAULTS } from '@/labs/gil/limits';
import type { CpuResult, CpuStart } from '@/labs/gil/contract';
import { eventsOfCpuResult, splitCpuEvents, type CpuLiveEvent } from '@/labs/gil/summary';
import type { CpuEngine, CpuStrategy, LaneReport } from '@/labs/gil/contract';
import type { RunRecord } from '@/lib/experiments/runs-state';
import { setupKey } from '@/lib/experiments/latest-runs';

/** The lab's knobs as typed; `engine` and `gil` blank mean "the server's default". */
export type GilSettings = Record<'engine' | 'gil' | keyof typeof CPU_DEFAULTS, string>;
export type GilRun = RunRecord<CpuStrategy, GilSettings, CpuLiveEvent, CpuResult>;

const defaults: GilSettings = { engine: '', gil: '', ...typedDefaults(CPU_DEFAULTS) };

const spec = labExperimentSpec<CpuStrategy, GilSettings, CpuLiveEvent, CpuResult>({
  lab: 'gil',
  query: (strategy, settings) => labQueryString({ strategy }, settings),
  events: {
    start: (data) => ({ kind: 'start', start: data as CpuStart }),
    lane: (data) => ({ kind: 'lane', lane: data as LaneReport }),
  },
  finalEvents: eventsOfCpuResult,
});

/** What the server can run (cores, interpreters, limits): asked once per visit. */
export function useCpuInfo() {
  return useServerInfo<CpuInfo>('/api/experiments/gil/info');
}

/** The GIL lab's settings (kept in the URL as `gil.*`) and its runs. */
export function useGilLab(channel?: RunChannel) {
  return { ...useUrlSettings('gil', defaults), ...useExperimentRuns(spec, channel) };
}

/** The engine and GIL a run of these settings gets: blanks resolved as the server resolves them. */
export function effectiveEngine(
  settings: GilSettings,
  info: CpuInfo | undefined,
): { engine: CpuEngine | null; gil: boolean | null } {
  const engine =
    settings.engine === 'cpython' || settings.engine === 'node'
      ? settings.engine
      : (info?.default_engine ?? null);
  const gil =
    settings.gil === 'on'
      ? true
      : settings.gil === 'off'
        ? false
        : engine === null
          ? null
          : engine === 'cpython';
  return { engine, gil };
}

/** What a run of these settings measures, for comparing like with like: blanks resolved as the server resolves them. */
export function gilSettingsSetup(settings: GilSettings, info: CpuInfo | undefined): string {
  const { engine, gil } = effectiveEngine(settings, info);
  return [engine ?? 'default', gil ?? 'default', setupKey(settings, CPU_DEFAULTS)].join('/');
}

/** A run's setup, for comparing like with like: what the server said at the start, else what was asked. */
export function gilSetup(run: GilRun, info: CpuInfo | undefined): string {
  const { start } = splitCpuEvents(run.events);
  if (!start) return gilSettingsSetup(run.settings, info);
  const { tasks, work_ms, switch_interval_ms } = start.params;
  return [start.engine, start.gil, tasks, work_ms, switch_interval_ms].join('/');
}

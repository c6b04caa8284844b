'use client';

import { useId, useRef } from 'react';
import type { ScaleSeriesKey } from '@/labs/scale/chart-data';
import { recordedScaleRuns } from '@/labs/scale/recording';
import { SCALE_DEFAULT_SETTINGS, SCALE_PRESETS, SCALE_UNIT_NAMES } from '@/labs/scale/settings';
import { isScaleEngine, isScaleKind } from '@/labs/scale/contract';
import { scaleCodeKey, type ScaleCodeKey } from '@/labs/scale/source-files';
import { CodeForSettings } from '@/components/lab-shell/code-for-settings';
import { LabRunSection } from '@/components/lab-shell/lab-run-section';
import { PredictFirstBox } from '@/components/lab-shell/lab-parts';
import { LabPanel } from '@/components/lab-shell/lab-panel';
import type { LiveLabProps } from '@/components/lab-shell/live-lab-props';
import { useLatestRun } from '@/components/lab-shell/use-latest-run';
import { useStageScroll } from '@/components/lab-shell/use-stage-scroll';
import { useUrlSettings } from '@/components/lab-shell/use-url-settings';
import { ScaleChartsFigure } from './scale-charts-figure';
import { ScaleHistory } from './scale-history';
import { ScaleProgress } from './scale-progress';
import { ScaleResultView } from './scale-result';
import { ScaleSettingsForm, type ScaleBounds } from './scale-settings-form';
import { ScaleWhatThisShows } from './scale-what-this-shows';
import { useScaleRuns } from './use-scale-runs';

const CODE_TABS: Record<ScaleCodeKey, string> = {
  'cpython-threads': 'CPython threads',
  'cpython-tasks': 'asyncio tasks',
  'node-threads': 'Node worker threads',
  'node-tasks': 'Node async functions',
};

const SERIES_LABELS = Object.fromEntries(
  Object.keys(CODE_TABS).map((id) => {
    const [engine, kind] = id.split('-') as ['node' | 'cpython', 'tasks' | 'threads'];
    return [id, SCALE_UNIT_NAMES[kind][engine].series];
  }),
) as Record<ScaleSeriesKey, string>;

/** The live scale lab: N idle threads or tasks in a child process, their memory and creation time against N. */
export function ScaleLabPanel({ code, bounds, channel }: LiveLabProps<ScaleCodeKey, ScaleBounds>) {
  const url = useUrlSettings('scale', SCALE_DEFAULT_SETTINGS);
  const { settings } = url;
  const experiment = useScaleRuns(channel);
  const { runs, run, clear, busy } = experiment;
  const idPrefix = useId();
  const { current, running, clock, results } = useLatestRun(runs, busy);
  const status = useRef<HTMLDivElement>(null);
  useStageScroll(status, Boolean(running));

  const kind = isScaleKind(settings.kind) ? settings.kind : 'tasks';
  const engine = isScaleEngine(settings.engine) ? settings.engine : 'node';
  const shown = runs.findLast((r) => r.result);
  const maxCount = Math.max(...Object.values(bounds.maxCount).flatMap(Object.values));
  const presets = SCALE_PRESETS[kind][engine];
  const runningNames =
    running && isScaleKind(running.settings.kind) && isScaleEngine(running.settings.engine)
      ? SCALE_UNIT_NAMES[running.settings.kind][running.settings.engine]
      : null;

  return (
    <LabPanel
      lab="scale"
      ran={results.length > 0}
      title="N idle threads against N idle tasks"
      intro="Each run starts a fresh child process on this server, creates N threads or N tasks that all wait at once, and measures what they cost."
    >
      <PredictFirstBox>
        <p>
          A Linux thread reserves an 8 MiB stack. How much memory does one idle Python thread really
          take: 8 MiB, 1 MiB, or a few kilobytes? And one asyncio task? How long does it take to
          create 10,000 of each? Write your guesses down, then run the presets.
        </p>
      </PredictFirstBox>

      <LabRunSection
        url={url}
        experiment={experiment}
        recorded={recordedScaleRuns}
        idPrefix={idPrefix}
        form={(form) => <ScaleSettingsForm {...form} bounds={bounds} />}
        buttons={[
          { label: 'Run', onRun: () => void run([settings.count], settings) },
          {
            label: (
              <>
                Run {presets.map((n) => n.toLocaleString('en-US')).join(', ')}{' '}
                {SCALE_UNIT_NAMES[kind][engine].many}
              </>
            ),
            onRun: () => void run(presets.map(String), settings),
          },
        ]}
        status={
          <div
            ref={status}
            className="mt-3 min-h-6 text-sm"
            aria-live="polite"
            data-testid="scale-status"
          >
            {running ? (
              <ScaleProgress
                run={running}
                unitName={runningNames?.many ?? 'units'}
                count={Number(running.variant) || 0}
                seconds={clock ?? 0}
              />
            ) : current?.status === 'cancelled' ? (
              <span className="text-zinc-600 dark:text-zinc-400">
                Cancelled; the server killed the child process and every unit in it.
              </span>
            ) : null}
          </div>
        }
      >
        {shown?.result ? <ScaleResultView run={shown} result={shown.result} /> : null}
        <ScaleChartsFigure results={results} labels={SERIES_LABELS} maxCount={maxCount} />
      </LabRunSection>

      <ScaleWhatThisShows />

      <CodeForSettings
        labels={CODE_TABS}
        code={code}
        current={scaleCodeKey(engine, kind)}
        note={
          <>
            The child process the server starts for each run: the entry script, and the measuring
            code it shares with the other kind.
          </>
        }
      />

      <ScaleHistory runs={runs} onClear={clear} />
    </LabPanel>
  );
}

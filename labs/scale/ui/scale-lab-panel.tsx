'use client';

import dynamic from 'next/dynamic';
import { useId, useState, type ReactNode } from 'react';
import {
  referenceMarks,
  scaleSeries,
  type ScaleMetric,
  type ScaleSeriesKey,
} from '@/labs/scale/chart-data';
import { recordedScaleRuns } from '@/labs/scale/recording';
import {
  SCALE_DEFAULT_SETTINGS,
  SCALE_PRESETS,
  SCALE_UNIT_NAMES,
  type ScaleSettings,
} from '@/labs/scale/settings';
import { scaleCodeKey, type ScaleCodeKey } from '@/labs/scale/source-files';
import { formatBytes } from '@/lib/format';
import { formatMicros } from '@/labs/scale/chart-data';
import { CodeThatRan } from '@/components/lab-shell/code-that-ran';
import { CancelOrReset, PredictFirstBox } from '@/components/lab-shell/lab-parts';
import { DataTable } from '@/components/lab-shell/data-table';
import { LabPanel, LabSettings, RunFailureAlert, labButton } from '@/components/lab-shell/lab-panel';
import type { RunChannel } from '@/components/lab-shell/use-experiment-runs';
import { useRunningClock } from '@/components/lab-shell/use-running-clock';
import { useRunButtons } from '@/components/lab-shell/use-run-buttons';
import { useUrlSettings } from '@/components/lab-shell/use-url-settings';
import { SCALE_CHART_HEIGHT } from './scale-log-chart';
import { scaleSeriesMeta } from './scale-meta';
import { ScaleHistory } from './scale-history';
import { ScaleProgress } from './scale-progress';
import { ScaleReferenceList } from './scale-reference-list';
import { ScaleResultView } from './scale-result';
import {
  isScaleEngine,
  isScaleKind,
  ScaleSettingsForm,
  type ScaleBounds,
} from './scale-settings-form';
import { ScaleWhatThisShows } from './scale-what-this-shows';
import { useScaleRuns } from './use-scale-runs';
import { ChartLoading } from '@/components/lab-shell/lab-loading';

// recharts is loaded only when there is something to draw, behind boxes of the same size.
const ScaleLogChart = dynamic(() => import('./scale-log-chart'), {
  ssr: false,
  loading: () => <ChartLoading height={SCALE_CHART_HEIGHT} />,
});

const CODE_TABS: { id: ScaleCodeKey; label: string }[] = [
  { id: 'cpython-threads', label: 'CPython threads' },
  { id: 'cpython-tasks', label: 'asyncio tasks' },
  { id: 'node-threads', label: 'Node worker threads' },
  { id: 'node-tasks', label: 'Node async functions' },
];

/** The two charts: what a unit costs in memory, and in time to create. */
const SCALE_CHARTS: { metric: ScaleMetric; title: string }[] = [
  { metric: 'bytes_per_unit', title: 'Resident memory per unit (log scale)' },
  { metric: 'create_us', title: 'Creation time per unit (log scale)' },
];

const SERIES_LABELS = Object.fromEntries(
  CODE_TABS.map(({ id }) => {
    const [engine, kind] = id.split('-') as ['node' | 'cpython', 'tasks' | 'threads'];
    return [id, SCALE_UNIT_NAMES[kind][engine].series];
  }),
) as Record<ScaleSeriesKey, string>;

/** A series' line and mark, as the charts draw it. */
function SeriesSwatch({ color, shape, dashed }: (typeof scaleSeriesMeta)[ScaleSeriesKey]) {
  const marks = {
    circle: <circle cx="10" cy="5" r="3" fill={color} />,
    square: <rect x="7" y="2" width="6" height="6" fill={color} />,
    diamond: <path d="M10 1.5 13.5 5 10 8.5 6.5 5Z" fill={color} />,
  };
  return (
    <svg aria-hidden="true" viewBox="0 0 20 10" className="h-2.5 w-5">
      <line
        x1="0"
        y1="5"
        x2="20"
        y2="5"
        stroke={color}
        strokeWidth="1.5"
        strokeDasharray={dashed ? '5 3' : undefined}
      />
      {marks[shape]}
    </svg>
  );
}

/** The live scale lab: N idle threads or tasks in a child process, their memory and creation time against N. */
export function ScaleLabPanel({
  code,
  bounds,
  channel,
}: {
  code: Record<ScaleCodeKey, ReactNode>;
  bounds: ScaleBounds;
  channel?: RunChannel;
}) {
  const { settings, update, reset } = useUrlSettings<keyof ScaleSettings>(
    'scale',
    SCALE_DEFAULT_SETTINGS,
  );
  const { runs, busy, run, cancel, clear, showRecording } = useScaleRuns(channel);
  const runButtons = useRunButtons(busy);
  const [pickedCode, setPickedCode] = useState<{ key: ScaleCodeKey; under: string } | null>(null);
  const idPrefix = useId();

  const kind = isScaleKind(settings.kind) ? settings.kind : 'tasks';
  const engine = isScaleEngine(settings.engine) ? settings.engine : 'node';
  const current = runs.at(-1);
  const running = current?.status === 'running' ? current : undefined;
  const clock = useRunningClock(running?.id ?? null);
  const failure = current?.status === 'error' ? current.error : null;
  const shown = runs.findLast((r) => r.result);
  const results = runs.flatMap((r) => (r.result ? [r.result] : []));
  const series = scaleSeries(results);
  const maxCount = Math.max(...Object.values(bounds.maxCount).flatMap(Object.values));

  const settingsCode = scaleCodeKey(engine, kind);
  const codeKey = pickedCode?.under === settingsCode ? pickedCode.key : settingsCode;
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

      <LabSettings values={settings}>
        <div className="mt-4">
          <ScaleSettingsForm
            settings={settings}
            bounds={bounds}
            issues={failure?.issues ?? []}
            disabled={busy}
            onChange={update}
            idPrefix={idPrefix}
          />
        </div>
      </LabSettings>

      <div className="mt-4 flex flex-wrap items-center gap-2" {...runButtons.props}>
        <button
          type="button"
          disabled={busy}
          onClick={() => runButtons.guarded(() => void run([settings.count], settings))}
          className={`${labButton.base} ${labButton.primary}`}
        >
          Run
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => runButtons.guarded(() => void run(presets.map(String), settings))}
          className={`${labButton.base} ${labButton.secondary}`}
        >
          Run {presets.map((n) => n.toLocaleString('en-US')).join(', ')}{' '}
          {SCALE_UNIT_NAMES[kind][engine].many}
        </button>
        <CancelOrReset busy={busy} onCancel={cancel} onReset={reset} />
      </div>

      <div className="mt-3 min-h-6 text-sm" aria-live="polite" data-testid="scale-status">
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

      {failure ? (
        <RunFailureAlert
          failure={failure}
          onShowRecording={() => showRecording(recordedScaleRuns())}
        />
      ) : null}

      {shown?.result ? <ScaleResultView run={shown} result={shown.result} /> : null}

      {results.length > 0 ? (
        <figure className="mt-6" data-testid="scale-charts">
          <figcaption className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
            Per unit, against N: every run so far, beside published figures
            <span className="mt-0.5 block text-xs font-normal text-zinc-600 dark:text-zinc-400">
              At small N a fixed cost (the runtime growing its heap, the first thread&apos;s setup)
              is shared by few units; the real per-unit cost is where a curve settles at large N.
            </span>
          </figcaption>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            {SCALE_CHARTS.map(({ metric, title }) => (
              <div key={metric}>
                <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{title}</p>
                <ScaleLogChart
                  metric={metric}
                  series={series}
                  labels={SERIES_LABELS}
                  marks={referenceMarks(metric)}
                  maxCount={maxCount}
                />
              </div>
            ))}
          </div>
          <ul
            className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400"
            aria-label="Legend"
          >
            {(Object.keys(series) as ScaleSeriesKey[]).map((key) => (
              <li key={key} className="flex items-center gap-1.5">
                <SeriesSwatch {...scaleSeriesMeta[key]} />
                {SERIES_LABELS[key]}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <svg aria-hidden="true" viewBox="0 0 20 10" className="h-2.5 w-5">
                <line
                  x1="0"
                  y1="5"
                  x2="20"
                  y2="5"
                  stroke="var(--chart-text)"
                  strokeWidth="1"
                  strokeDasharray="2 3"
                />
              </svg>
              R1…: published or earlier measured figures (a band for a range)
            </li>
          </ul>
          <DataTable
            label="Scale runs per unit"
            columns={[
              'units',
              'N',
              'memory per unit',
              'creation per unit',
              'kernel stack per unit',
            ]}
            rows={() =>
              (
                Object.entries(series) as [
                  ScaleSeriesKey,
                  NonNullable<(typeof series)[ScaleSeriesKey]>,
                ][]
              ).flatMap(([key, points]) =>
                points.map((p) => [
                  SERIES_LABELS[key],
                  p.count.toLocaleString('en-US'),
                  formatBytes(p.bytes_per_unit),
                  formatMicros(p.create_us),
                  key.endsWith('threads') && p.kernel_bytes_per_unit !== null
                    ? formatBytes(p.kernel_bytes_per_unit)
                    : '—',
                ]),
              )
            }
          />
          <ScaleReferenceList />
        </figure>
      ) : null}

      <ScaleWhatThisShows />

      <CodeThatRan
        tabs={CODE_TABS.map((tab) => ({ ...tab, code: code[tab.id] }))}
        selected={codeKey}
        onSelect={(key) => setPickedCode({ key, under: settingsCode })}
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

'use client';

import { finishedOf, type TeacherView } from '@/platform/class/types';
import { CLOSE_WITHIN, closest, median, relativeError, stackDots } from '@/platform/class/stats';
import { formatMs } from '@/lib/format';

// The room's guesses for a lab, one dot row per strategy on one shared scale, as they arrive;
// after the teacher's run, the measurement is drawn over them with the median, the spread and
// who was close. Names only when the teacher turns them on.

const BINS = 48;
const MAX_LEVELS = 4;

/** The scale's right end: past most guesses and the measurements, so one wild guess does not squash the rest. */
function scaleMax(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.max(1, sorted[Math.floor(sorted.length * 0.95)] ?? 0) * 1.1;
}

export function ClassPredictions({
  view,
  questionId,
  variants,
  large = false,
}: {
  view: TeacherView;
  questionId: string;
  variants: readonly { id: string; label: string }[];
  /** The projector board: larger type. */
  large?: boolean;
}) {
  const predictions = view.predictions.filter((p) => p.questionId === questionId);
  const run = view.runs.find((r) => r.questionId === questionId);
  const names = new Map(view.students.map((s, i) => [s.id, s.nickname || `Student ${i + 1}`]));
  const rows = variants.map((variant) => ({
    ...variant,
    guesses: predictions.flatMap((p) =>
      variant.id in p.guesses ? [{ who: p.studentId, ms: p.guesses[variant.id] }] : [],
    ),
    measured: run ? finishedOf(run)[variant.id] : undefined,
  }));
  const max = scaleMax(
    rows.flatMap((row) => [
      ...row.guesses.map((g) => g.ms),
      ...(row.measured === undefined ? [] : [row.measured]),
    ]),
  );
  return (
    <section
      aria-label="The class's predictions"
      data-testid="class-predictions"
      className={`mt-4 rounded-lg border border-indigo-300 bg-indigo-50/60 px-3 py-2 dark:border-indigo-800 dark:bg-indigo-950/30 ${large ? 'text-lg' : 'text-sm'}`}
    >
      <h4 className="flex flex-wrap items-baseline gap-x-3 font-semibold text-zinc-900 dark:text-zinc-100">
        The class&apos;s guesses
        <span className="font-normal text-zinc-700 dark:text-zinc-300" data-testid="class-answered">
          {predictions.length} of {view.students.length} answered
        </span>
        <Legend measured={!!run} />
      </h4>
      <div className="mt-1 grid grid-cols-[minmax(6rem,auto)_minmax(0,1fr)] items-end gap-x-3">
        {rows.map((row) => (
          <StrategyRow
            key={row.id}
            {...row}
            max={max}
            nameOf={view.namesShown ? (id) => names.get(id) ?? '' : null}
            large={large}
          />
        ))}
        <span />
        <p
          className="flex justify-between text-xs text-zinc-600 tabular-nums dark:text-zinc-400"
          aria-hidden="true"
        >
          <span>0</span>
          <span>{formatMs(max)}</span>
        </p>
      </div>
    </section>
  );
}

function Legend({ measured }: { measured: boolean }) {
  return (
    <span
      aria-hidden="true"
      className="ml-auto flex gap-3 text-xs font-normal text-zinc-700 dark:text-zinc-300"
    >
      <span className="flex items-center gap-1">
        <span className="size-2 rounded-full bg-indigo-600 dark:bg-indigo-300" /> a guess
      </span>
      <span className="flex items-center gap-1">
        <span className="h-3 border-l-2 border-dashed border-zinc-600 dark:border-zinc-300" />{' '}
        median
      </span>
      {measured ? (
        <span className="flex items-center gap-1">
          <span className="h-3 w-1 bg-emerald-600 dark:bg-emerald-400" /> measured
        </span>
      ) : null}
    </span>
  );
}

function StrategyRow({
  label,
  guesses,
  measured,
  max,
  nameOf,
  large,
}: {
  label: string;
  guesses: { who: number; ms: number }[];
  measured: number | undefined;
  max: number;
  nameOf: ((id: number) => string) | null;
  large: boolean;
}) {
  const values = guesses.map((g) => g.ms);
  const mid = median(values);
  const at = (ms: number) => `${Math.min(100, (ms / max) * 100)}%`;
  const close =
    measured === undefined
      ? []
      : guesses.filter((g) => relativeError(g.ms, measured) <= CLOSE_WITHIN);
  const nearest = measured === undefined ? [] : closest(guesses, measured, 3);
  const dot = large ? 14 : 10;
  return (
    <>
      <p
        className="pb-1 leading-tight text-zinc-900 dark:text-zinc-100"
        data-testid="class-strategy"
        data-strategy={label}
      >
        <span className="font-semibold">{label}</span>
        <br />
        <span className="text-zinc-700 tabular-nums dark:text-zinc-300">
          {mid === null ? 'no guesses' : `median ${formatMs(mid)}`}
        </span>
        <span className="sr-only">
          {values.length > 0
            ? `, guesses from ${formatMs(Math.min(...values))} to ${formatMs(Math.max(...values))}`
            : ''}
        </span>
      </p>
      <div className="min-w-0 pb-1">
        <div
          aria-hidden="true"
          className={`relative border-b border-zinc-400 dark:border-zinc-500 ${large ? 'h-16' : 'h-10'}`}
        >
          {stackDots(values, max, BINS).map((d, i) =>
            d.level < MAX_LEVELS ? (
              <span
                key={i}
                className="absolute -translate-x-1/2 rounded-full bg-indigo-600 dark:bg-indigo-300"
                style={{
                  left: `${d.x * 100}%`,
                  bottom: `${2 + d.level * (dot - 1)}px`,
                  width: dot,
                  height: dot,
                }}
              />
            ) : null,
          )}
          {mid !== null ? (
            <span
              className="absolute inset-y-0 border-l-2 border-dashed border-zinc-600 dark:border-zinc-300"
              style={{ left: at(mid) }}
            />
          ) : null}
          {measured !== undefined ? (
            <span
              className="absolute inset-y-0 w-1 -translate-x-1/2 bg-emerald-600 dark:bg-emerald-400"
              style={{ left: at(measured) }}
              data-testid="class-measured-line"
            />
          ) : null}
        </div>
      </div>
      {measured !== undefined ? <span /> : null}
      {measured !== undefined ? (
        <p className="mb-2 text-zinc-800 dark:text-zinc-200" data-testid="class-verdict">
          <strong className="text-emerald-800 dark:text-emerald-300">
            Measured {formatMs(measured)}
          </strong>
          {values.length > 0
            ? ` · ${close.length} of ${values.length} within ${CLOSE_WITHIN * 100}%`
            : ''}
          {nameOf && nearest.length > 0
            ? ` · closest: ${nearest.map((g) => `${nameOf(g.who)} (${formatMs(g.ms)})`).join(', ')}`
            : ''}
        </p>
      ) : null}
    </>
  );
}

// Rob Pike's distinction as a picture: the same three jobs, once taking turns on one core
// (concurrency) and once spread over two cores (parallelism). A dashed line marks one instant
// so the reader can count how many jobs are really running at that moment.

import { AxisTick, FIGURE_WIDTH, LaneLabel, PanelTitle, SvgFigure, timeScale } from './svg-figure';

type Job = 'A' | 'B' | 'C';

interface Slice {
  job: Job;
  start: number;
  end: number;
}

interface Lane {
  label: string;
  slices: Slice[];
}

interface Panel {
  title: string;
  fill: string;
  lanes: Lane[];
  /** What the dashed line crosses in this panel, in words. */
  atInstant: string;
  /** When the last job finishes, in the same abstract time units as the slices. */
  done: number;
}

const END = 12; // time units on the axis; each job needs 4 units of work

/** Jobs run back to back on one core: `jobs[i]` from `bounds[i]` to `bounds[i + 1]`. */
const turns = (jobs: string, bounds: number[]): Slice[] =>
  [...jobs].map((job, i) => ({ job: job as Job, start: bounds[i], end: bounds[i + 1] }));
const INSTANT = 2.5; // where the dashed "this instant" line sits

const panels: Panel[] = [
  {
    title: 'Concurrent: one core, jobs take turns',
    fill: 'var(--color-async)',
    lanes: [
      {
        label: 'Core 1',
        // A, B and C take turns in slices of 1.5 units, then 1 unit each to finish.
        slices: turns('ABCABCABC', [0, 1.5, 3, 4.5, 6, 7.5, 9, 10, 11, 12]),
      },
    ],
    atInstant: 'at the dashed line, 1 job runs',
    done: 12,
  },
  {
    title: 'Parallel: two cores at the same time',
    fill: 'var(--color-processes)',
    lanes: [
      {
        label: 'Core 1',
        slices: turns('AC', [0, 4, 8]),
      },
      { label: 'Core 2', slices: turns('B', [0, 4]) },
    ],
    atInstant: 'at the dashed line, 2 jobs run',
    done: 8,
  },
];

// Geometry in viewBox units, lane labels in the first 64.
const PLOT = { left: 64, right: 392 };
const x = timeScale(PLOT.left, PLOT.right, END);
const LANE_HEIGHT = 24;
const LANE_GAP = 8;
const TITLE_SPACE = 24;
const NOTE_SPACE = 30;
const panelHeight = (panel: Panel) =>
  TITLE_SPACE + panel.lanes.length * (LANE_HEIGHT + LANE_GAP) + NOTE_SPACE;

function PanelRows({ panel, top }: { panel: Panel; top: number }) {
  const laneTop = (i: number) => top + TITLE_SPACE + i * (LANE_HEIGHT + LANE_GAP);
  const noteY = laneTop(panel.lanes.length) + 12;
  return (
    <g>
      <PanelTitle y={top + 15} size={15}>
        {panel.title}
      </PanelTitle>
      {panel.lanes.map((lane, i) => (
        <g key={lane.label}>
          <LaneLabel y={laneTop(i) + 17}>{lane.label}</LaneLabel>
          <rect
            x={PLOT.left}
            y={laneTop(i)}
            width={PLOT.right - PLOT.left}
            height={LANE_HEIGHT}
            rx={3}
            className="fill-zinc-100 dark:fill-zinc-800/60"
          />
          {lane.slices.map((slice) => (
            <g key={`${slice.job}-${slice.start}`}>
              <rect
                x={x(slice.start) + 1}
                y={laneTop(i)}
                width={x(slice.end) - x(slice.start) - 2}
                height={LANE_HEIGHT}
                rx={3}
                fill={panel.fill}
              />
              <text
                x={(x(slice.start) + x(slice.end)) / 2}
                y={laneTop(i) + 17}
                fontSize={14}
                fontWeight={600}
                textAnchor="middle"
                className="fill-white dark:fill-zinc-950"
              >
                {slice.job}
              </text>
            </g>
          ))}
        </g>
      ))}
      <line
        x1={x(INSTANT)}
        x2={x(INSTANT)}
        y1={laneTop(0) - 5}
        y2={laneTop(panel.lanes.length) - LANE_GAP + 5}
        strokeWidth={2}
        strokeDasharray="4 3"
        className="stroke-zinc-800 dark:stroke-zinc-100"
      />
      <text x={PLOT.left} y={noteY} fontSize={13} className="fill-zinc-600 dark:fill-zinc-400">
        {panel.atInstant}; all done at t = {panel.done}
      </text>
    </g>
  );
}

/** One core interleaving three jobs versus two cores running them side by side. */
export function ConcurrencyVsParallelism() {
  const tops = panels.map((_, i) => panels.slice(0, i).reduce((sum, p) => sum + panelHeight(p), 0));
  const axisY = tops[tops.length - 1] + panelHeight(panels[panels.length - 1]) + 2;
  const height = axisY + 22;
  return (
    <SvgFigure
      width={FIGURE_WIDTH}
      height={height}
      label="Two diagrams of the same three jobs, A, B and C, each needing 4 units of work. Top, concurrent: a single core runs short slices of A, B and C in turn; at any instant only one job runs, and all three finish at time 12. Bottom, parallel: core 1 runs A and then C while core 2 runs B; at the marked instant two jobs run at once, and everything finishes at time 8."
      after={
        <>
          {/* A reader's explanation; on a slide the presenter says it (hidden there). */}
          <figcaption className="mt-3 text-sm text-zinc-600 dark:text-zinc-400" data-slide-hidden>
            The same three jobs of 4 time units each. Top: one core switches between them. All three
            are in progress from the start, but only one runs at any instant, so the total is still
            12 units. Bottom: with a second core, two jobs really run at once and the work is done
            at 8. Concurrency is how the program is organised; parallelism is what the hardware lets
            it do.
          </figcaption>
        </>
      }
    >
      {panels.map((panel, i) => (
        <PanelRows key={panel.title} panel={panel} top={tops[i]} />
      ))}
      <line
        x1={PLOT.left}
        x2={PLOT.right}
        y1={axisY}
        y2={axisY}
        className="stroke-zinc-400 dark:stroke-zinc-500"
      />
      <path
        d={`M ${PLOT.right} ${axisY - 4} L ${PLOT.right + 7} ${axisY} L ${PLOT.right} ${axisY + 4} Z`}
        className="fill-zinc-400 dark:fill-zinc-500"
      />
      {[0, 4, 8, 12].map((t) => (
        <AxisTick key={t} x={x(t)} axisY={axisY} value={t} />
      ))}
      <text x={0} y={axisY + 17} fontSize={13} className="fill-zinc-600 dark:fill-zinc-400">
        time
      </text>
    </SvgFigure>
  );
}

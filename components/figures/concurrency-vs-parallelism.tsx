// Rob Pike's distinction as a picture: the same three jobs, once taking turns on one core
// (concurrency) and once spread over two cores (parallelism). A dashed line marks one instant
// so the reader can count how many jobs are really running at that moment.

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
const INSTANT = 2.5; // where the dashed "this instant" line sits

const panels: Panel[] = [
  {
    title: 'Concurrent: one core, jobs take turns',
    fill: 'var(--color-async)',
    lanes: [
      {
        label: 'Core 1',
        slices: [
          { job: 'A', start: 0, end: 1.5 },
          { job: 'B', start: 1.5, end: 3 },
          { job: 'C', start: 3, end: 4.5 },
          { job: 'A', start: 4.5, end: 6 },
          { job: 'B', start: 6, end: 7.5 },
          { job: 'C', start: 7.5, end: 9 },
          { job: 'A', start: 9, end: 10 },
          { job: 'B', start: 10, end: 11 },
          { job: 'C', start: 11, end: 12 },
        ],
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
        slices: [
          { job: 'A', start: 0, end: 4 },
          { job: 'C', start: 4, end: 8 },
        ],
      },
      { label: 'Core 2', slices: [{ job: 'B', start: 0, end: 4 }] },
    ],
    atInstant: 'at the dashed line, 2 jobs run',
    done: 8,
  },
];

// Geometry in viewBox units: 400 wide, lane labels in the first 64.
const WIDTH = 400;
const PLOT_LEFT = 64;
const PLOT_RIGHT = 392;
const LANE_HEIGHT = 24;
const LANE_GAP = 8;
const TITLE_SPACE = 24;
const NOTE_SPACE = 30;
const x = (t: number) => PLOT_LEFT + (t / END) * (PLOT_RIGHT - PLOT_LEFT);
const panelHeight = (panel: Panel) =>
  TITLE_SPACE + panel.lanes.length * (LANE_HEIGHT + LANE_GAP) + NOTE_SPACE;

function PanelRows({ panel, top }: { panel: Panel; top: number }) {
  const laneTop = (i: number) => top + TITLE_SPACE + i * (LANE_HEIGHT + LANE_GAP);
  const noteY = laneTop(panel.lanes.length) + 12;
  return (
    <g>
      <text
        x={0}
        y={top + 15}
        fontSize={15}
        fontWeight={600}
        className="fill-zinc-800 dark:fill-zinc-100"
      >
        {panel.title}
      </text>
      {panel.lanes.map((lane, i) => (
        <g key={lane.label}>
          <text
            x={0}
            y={laneTop(i) + 17}
            fontSize={14}
            className="fill-zinc-700 dark:fill-zinc-300"
          >
            {lane.label}
          </text>
          <rect
            x={PLOT_LEFT}
            y={laneTop(i)}
            width={PLOT_RIGHT - PLOT_LEFT}
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
      <text x={PLOT_LEFT} y={noteY} fontSize={13} className="fill-zinc-600 dark:fill-zinc-400">
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
    <figure className="not-prose mx-auto my-8 max-w-xl">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-label="Two diagrams of the same three jobs, A, B and C, each needing 4 units of work. Top, concurrent: a single core runs short slices of A, B and C in turn; at any instant only one job runs, and all three finish at time 12. Bottom, parallel: core 1 runs A and then C while core 2 runs B; at the marked instant two jobs run at once, and everything finishes at time 8."
      >
        {panels.map((panel, i) => (
          <PanelRows key={panel.title} panel={panel} top={tops[i]} />
        ))}
        <line
          x1={PLOT_LEFT}
          x2={PLOT_RIGHT}
          y1={axisY}
          y2={axisY}
          className="stroke-zinc-400 dark:stroke-zinc-500"
        />
        <path
          d={`M ${PLOT_RIGHT} ${axisY - 4} L ${PLOT_RIGHT + 7} ${axisY} L ${PLOT_RIGHT} ${axisY + 4} Z`}
          className="fill-zinc-400 dark:fill-zinc-500"
        />
        {[0, 4, 8, 12].map((t) => (
          <g key={t}>
            <line
              x1={x(t)}
              x2={x(t)}
              y1={axisY}
              y2={axisY + 4}
              className="stroke-zinc-400 dark:stroke-zinc-500"
            />
            <text
              x={x(t)}
              y={axisY + 17}
              fontSize={13}
              textAnchor="middle"
              className="fill-zinc-600 dark:fill-zinc-400"
            >
              {t}
            </text>
          </g>
        ))}
        <text x={0} y={axisY + 17} fontSize={13} className="fill-zinc-600 dark:fill-zinc-400">
          time
        </text>
      </svg>
      {/* A reader's explanation; on a slide the presenter says it (hidden there). */}
      <figcaption className="mt-3 text-sm text-zinc-600 dark:text-zinc-400" data-slide-hidden>
        The same three jobs of 4 time units each. Top: one core switches between them. All three are
        in progress from the start, but only one runs at any instant, so the total is still 12
        units. Bottom: with a second core, two jobs really run at once and the work is done at 8.
        Concurrency is how the program is organised; parallelism is what the hardware lets it do.
      </figcaption>
    </figure>
  );
}

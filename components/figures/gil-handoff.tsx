// Two small timelines in the spirit of David Beazley's GIL plots (PyCon 2010): one lane per
// thread, time running left to right, a bar wherever the thread holds the GIL. The numbers
// are an idealised model of CPython's 5 ms switch interval, not a measurement.

import { AxisTick, FIGURE_WIDTH, LaneLabel, PanelTitle, SvgFigure, timeScale } from './svg-figure';

type SegmentKind = 'run' | 'wait' | 'io';

interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

interface Lane {
  label: string;
  segments: Segment[];
}

interface Panel {
  title: string;
  lanes: [Lane, Lane];
  /** Times (ms) at which a waiting thread asks the holder to drop the GIL. */
  dropRequests: number[];
}

const INTERVAL = 5; // sys.getswitchinterval() = 0.005 s
const END = 30; // ms shown on the axis

/** Fill and outline of each segment kind; the legend reads the same map. */
const looks: Record<
  SegmentKind,
  { label: string; fill: string; fillOpacity: number; dashed: boolean }
> = {
  run: {
    label: 'holds the GIL, runs Python',
    fill: 'var(--color-threads)',
    fillOpacity: 1,
    dashed: false,
  },
  wait: {
    label: 'ready, waiting for the GIL',
    fill: 'var(--color-failure)',
    fillOpacity: 0.18,
    dashed: true,
  },
  io: {
    label: 'blocking I/O, GIL released',
    fill: 'var(--color-async)',
    fillOpacity: 0.55,
    dashed: false,
  },
};

/** Two CPU-bound threads: each holds the GIL for one interval, then is asked to hand it over. */
function cpuAndCpu(): Panel {
  const a: Segment[] = [];
  const b: Segment[] = [];
  for (let t = 0; t < END; t += INTERVAL) {
    const aRuns = (t / INTERVAL) % 2 === 0;
    a.push({ kind: aRuns ? 'run' : 'wait', start: t, end: t + INTERVAL });
    b.push({ kind: aRuns ? 'wait' : 'run', start: t, end: t + INTERVAL });
  }
  const dropRequests = Array.from({ length: END / INTERVAL - 1 }, (_, i) => (i + 1) * INTERVAL);
  return {
    title: 'Two CPU-bound threads',
    lanes: [
      { label: 'Thread A', segments: a },
      { label: 'Thread B', segments: b },
    ],
    dropRequests,
  };
}

/**
 * A CPU-bound thread and an I/O-bound one (the convoy effect, bpo-7946): the I/O thread runs
 * briefly, releases the GIL for a short read, and then waits a whole interval to get it back.
 */
function cpuAndIo(): Panel {
  const burst = 0.6; // ms of Python work per I/O operation
  const read = 0.8; // ms the read itself takes, GIL released
  const cpu: Segment[] = [];
  const io: Segment[] = [];
  const dropRequests: number[] = [];
  let t = 0;
  while (t < END) {
    io.push({ kind: 'run', start: t, end: Math.min(t + burst, END) });
    cpu.push({ kind: 'wait', start: t, end: Math.min(t + burst, END) });
    const readDone = t + burst + read;
    const handBack = readDone + INTERVAL; // the waiter's timed wait expires, it asks for the GIL
    io.push({ kind: 'io', start: t + burst, end: Math.min(readDone, END) });
    if (readDone < END) io.push({ kind: 'wait', start: readDone, end: Math.min(handBack, END) });
    cpu.push({ kind: 'run', start: t + burst, end: Math.min(handBack, END) });
    if (handBack < END) dropRequests.push(handBack);
    t = handBack;
  }
  return {
    title: 'A CPU-bound and an I/O-bound thread',
    lanes: [
      { label: 'CPU-bound', segments: cpu },
      { label: 'I/O-bound', segments: io },
    ],
    dropRequests,
  };
}

const panels = [cpuAndCpu(), cpuAndIo()];

// Geometry in viewBox units; labels sit in the first 80.
const PLOT_LEFT = 84;
const PLOT_RIGHT = 388;
const x = timeScale(PLOT_LEFT, PLOT_RIGHT, END);
const LANE_HEIGHT = 18;
const LANE_GAP = 8;
const PANEL_HEIGHT = 116;
const ticks = Array.from({ length: END / INTERVAL + 1 }, (_, i) => i * INTERVAL);

function PanelRows({ panel, top }: { panel: Panel; top: number }) {
  const laneTop = (i: number) => top + 22 + i * (LANE_HEIGHT + LANE_GAP);
  const axisY = laneTop(2) - LANE_GAP + 6;
  return (
    <g>
      <PanelTitle y={top + 11} size={14}>
        {panel.title}
      </PanelTitle>
      {panel.dropRequests.map((ms) => (
        <path
          key={ms}
          d={`M ${x(ms) - 4} ${top + 13} L ${x(ms) + 4} ${top + 13} L ${x(ms)} ${top + 19} Z`}
          className="fill-zinc-500 dark:fill-zinc-400"
        />
      ))}
      {panel.lanes.map((lane, i) => (
        <g key={lane.label}>
          <LaneLabel y={laneTop(i) + 14}>{lane.label}</LaneLabel>
          {lane.segments.map((segment) => {
            const look = looks[segment.kind];
            return (
              <rect
                key={`${segment.kind}-${segment.start}`}
                x={x(segment.start) + 0.5}
                y={laneTop(i) + (segment.kind === 'run' ? 0 : 3)}
                width={Math.max(x(segment.end) - x(segment.start) - 1, 1)}
                height={segment.kind === 'run' ? LANE_HEIGHT : LANE_HEIGHT - 6}
                rx={2}
                fill={look.fill}
                fillOpacity={look.fillOpacity}
                stroke={look.dashed ? look.fill : 'none'}
                strokeDasharray={look.dashed ? '3 2' : undefined}
              />
            );
          })}
        </g>
      ))}
      <line
        x1={PLOT_LEFT}
        x2={PLOT_RIGHT}
        y1={axisY}
        y2={axisY}
        className="stroke-zinc-400 dark:stroke-zinc-500"
      />
      <text x={0} y={axisY + 17} fontSize={13} className="fill-zinc-600 dark:fill-zinc-400">
        time, ms
      </text>
      {ticks.map((ms) => (
        <AxisTick key={ms} x={x(ms)} axisY={axisY} value={ms} />
      ))}
    </g>
  );
}

/** Two threads taking turns holding CPython's GIL, and the convoy effect an I/O thread suffers. */
export function GilHandoff() {
  const height = PANEL_HEIGHT * panels.length;
  return (
    <SvgFigure
      width={FIGURE_WIDTH}
      height={height}
      label="Two timelines over 30 milliseconds. Top: two CPU-bound threads, A and B, alternate holding the GIL in 5 millisecond turns; while one runs, the other waits. Bottom: a CPU-bound thread holds the GIL almost all the time; an I/O-bound thread runs for a fraction of a millisecond, does a short read, then waits about 5 milliseconds for the GIL before it can run again."
      after={
        <>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
            {(Object.keys(looks) as SegmentKind[]).map((kind) => (
              <li key={kind} className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-5 rounded-sm"
                  style={{
                    background: `color-mix(in oklab, ${looks[kind].fill} ${looks[kind].fillOpacity * 100}%, transparent)`,
                    border: looks[kind].dashed ? `1px dashed ${looks[kind].fill}` : undefined,
                  }}
                />
                {looks[kind].label}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="text-zinc-500 dark:text-zinc-400">
                ▼
              </span>
              a waiting thread asks for the GIL
            </li>
          </ul>
          {/* A reader's explanation; on a slide the presenter says it (hidden there). */}
          <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-slide-hidden>
            An idealised model of CPython&apos;s GIL since 3.2, drawn after David Beazley&apos;s
            plots. Top: two CPU-bound threads hand the lock back and forth every 5&nbsp;ms, so
            neither runs faster than alone. Bottom: the convoy effect. The I/O thread gives up the
            GIL for each short read and then waits a whole interval to get it back, so it manages
            only about one read per 5&nbsp;ms.
          </figcaption>
        </>
      }
    >
      {panels.map((panel, i) => (
        <PanelRows key={panel.title} panel={panel} top={i * PANEL_HEIGHT} />
      ))}
    </SvgFigure>
  );
}

// The three shapes the live request timeline draws, idealised: six requests that each take
// the same time d, scheduled greedily onto 1 lane (sequential), 3 lanes (a thread pool of 3)
// and 6 lanes (async, everything in flight). Drawn from the same rule the experiment uses for
// its "ideal", so the picture and the numbers agree.

type Strategy = 'sequential' | 'threads' | 'async';

interface Panel {
  title: string;
  lanes: number;
  laneLabel: string;
  total: string;
}

const REQUESTS = 6;

const panels: Record<Strategy, Panel> = {
  sequential: { title: 'Sequential: 1 lane', lanes: 1, laneLabel: 'lane', total: 'total ≈ 6 × d' },
  threads: { title: 'Thread pool: 3 threads', lanes: 3, laneLabel: 'thread', total: 'total ≈ 2 × d (2 waves)' },
  async: { title: 'Async: all in flight', lanes: REQUESTS, laneLabel: 'slot', total: 'total ≈ 1 × d' },
};

const colour: Record<Strategy, string> = {
  sequential: 'var(--color-sequential)',
  threads: 'var(--color-threads)',
  async: 'var(--color-async)',
};

// Geometry in viewBox units; the viewBox is 360 wide, so one unit is one CSS pixel on a
// 360 px phone and text never shrinks below its nominal size there.
const WIDTH = 360;
const LEFT = 60;
const RIGHT = 10;
const UNIT = (WIDTH - LEFT - RIGHT) / REQUESTS; // the width of one delay d
const ROW = 13;
const BAR = 9;
const LANE_GAP = 4;
const HEADER = 22;
const PANEL_GAP = 14;
const AXIS = 26;

interface Bar {
  lane: number;
  start: number;
}

/** Greedy schedule of equal requests: request i waits for lane i mod k, in wave ⌊i / k⌋. */
function schedule(lanes: number): Bar[] {
  const bars = Array.from({ length: REQUESTS }, (_, i) => ({ lane: i % lanes, start: Math.floor(i / lanes) }));
  // Rows are grouped by lane, so each lane reads as its own little staircase.
  return bars.sort((a, b) => a.lane - b.lane || a.start - b.start);
}

function panelHeight(lanes: number) {
  return HEADER + REQUESTS * ROW + (lanes - 1) * LANE_GAP;
}

const order: Strategy[] = ['sequential', 'threads', 'async'];
const tops: number[] = [];
let cursor = 0;
for (const strategy of order) {
  tops.push(cursor);
  cursor += panelHeight(panels[strategy].lanes) + PANEL_GAP;
}
const plotBottom = cursor - PANEL_GAP;
const HEIGHT = plotBottom + AXIS;

function PanelRows({ strategy, top }: { strategy: Strategy; top: number }) {
  const panel = panels[strategy];
  const bars = schedule(panel.lanes);
  const end = Math.max(...bars.map((bar) => bar.start + 1));
  const rowsTop = top + HEADER;
  const bottom = top + panelHeight(panel.lanes);
  return (
    <g>
      <text x={0} y={top + 13} fontSize={13} fontWeight={600} fill="currentColor">
        {panel.title}
      </text>
      <text x={WIDTH - RIGHT} y={top + 13} fontSize={12} textAnchor="end" className="fill-zinc-600 dark:fill-zinc-400">
        {panel.total}
      </text>
      {bars.map((bar, row) => {
        const y = rowsTop + row * ROW + bar.lane * LANE_GAP;
        const firstInLane = row === 0 || bars[row - 1].lane !== bar.lane;
        return (
          <g key={row}>
            {firstInLane ? (
              <text x={LEFT - 6} y={y + BAR} fontSize={11} textAnchor="end" className="fill-zinc-600 dark:fill-zinc-400">
                {panel.laneLabel} {bar.lane + 1}
              </text>
            ) : null}
            <rect x={LEFT + bar.start * UNIT + 1} y={y} width={UNIT - 2} height={BAR} rx={2} fill={colour[strategy]} />
          </g>
        );
      })}
      <line
        x1={LEFT + end * UNIT}
        x2={LEFT + end * UNIT}
        y1={rowsTop - 3}
        y2={bottom + 2}
        stroke="currentColor"
        strokeWidth={1}
        strokeDasharray="3 3"
        className="opacity-60"
      />
    </g>
  );
}

/** Idealised request timelines of sequential, thread-pool and async fetching, side by side. */
export function FetchTimelineShapes() {
  return (
    <figure className="not-prose my-8">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-xl text-zinc-900 dark:text-zinc-100"
        role="img"
        aria-label="Three idealised timelines of six requests that each take the same time d. Sequential: one lane, the bars form a staircase six delays long. Thread pool of three: three lanes, each a staircase of two bars, two delays long. Async: six slots, all bars start at zero and end after one delay, forming a single column."
      >
        {order.map((strategy, i) => (
          <PanelRows key={strategy} strategy={strategy} top={tops[i]} />
        ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={plotBottom + 4} y2={plotBottom + 4} stroke="var(--chart-grid)" />
        {Array.from({ length: REQUESTS + 1 }, (_, t) => (
          <g key={t}>
            <line x1={LEFT + t * UNIT} x2={LEFT + t * UNIT} y1={plotBottom + 4} y2={plotBottom + 8} stroke="var(--chart-text)" />
            <text x={LEFT + t * UNIT} y={plotBottom + 21} fontSize={11} textAnchor="middle" fill="var(--chart-text)">
              {t === 0 ? '0' : t === 1 ? 'd' : `${t}d`}
            </text>
          </g>
        ))}
      </svg>
      {/* A reader's explanation; on a slide the presenter says it (hidden there). */}
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-slide-hidden>
        Six requests that each take <i>d</i>, one bar per request, grouped by lane. Sequential is a staircase; three threads
        make three short staircases that finish in two waves; async is one column. The live chart draws measured runs the
        same way.
      </figcaption>
    </figure>
  );
}

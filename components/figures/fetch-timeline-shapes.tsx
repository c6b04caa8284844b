// The three shapes the live request timeline draws, idealised: six requests that each take
// the same time d, scheduled greedily onto 1 lane (sequential), 3 lanes (a thread pool of 3)
// and 6 lanes (async, everything in flight). Drawn from the same rule the experiment uses for
// its "ideal", so the picture and the numbers agree. The page stacks the three panels; a slide
// sets them side by side, with type large enough to read from the back of a room.

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
  threads: {
    title: 'Thread pool: 3 threads',
    lanes: 3,
    laneLabel: 'thread',
    total: 'total ≈ 2 × d (2 waves)',
  },
  async: {
    title: 'Async: all in flight',
    lanes: REQUESTS,
    laneLabel: 'slot',
    total: 'total ≈ 1 × d',
  },
};

const colour: Record<Strategy, string> = {
  sequential: 'var(--color-sequential)',
  threads: 'var(--color-threads)',
  async: 'var(--color-async)',
};

/** Geometry of one layout, in viewBox units. */
interface Layout {
  /** Width of one panel, its lane labels included. */
  width: number;
  left: number;
  right: number;
  row: number;
  bar: number;
  laneGap: number;
  /** Room above a panel's rows: its title, and on a slide its total under the title. */
  header: number;
  /** Where the total sits: beside the title (page) or under it (slide, where panels are narrow). */
  totalBelowTitle: boolean;
  gap: number;
  axis: number;
  font: { title: number; text: number };
}

// The page: a viewBox 360 wide, so one unit is one CSS pixel on a 360 px phone and text never
// shrinks below its nominal size there.
const STACKED: Layout = {
  width: 360,
  left: 60,
  right: 10,
  row: 13,
  bar: 9,
  laneGap: 4,
  header: 22,
  totalBelowTitle: false,
  gap: 14,
  axis: 26,
  font: { title: 13, text: 11 },
};

// A slide: three panels about as wide as the slide's 928 px body, so one unit is about a pixel
// and 16-unit text is projected at about 20 px.
const SIDE_BY_SIDE: Layout = {
  width: 296,
  left: 64,
  right: 12,
  row: 22,
  bar: 15,
  laneGap: 6,
  header: 50,
  totalBelowTitle: true,
  gap: 20,
  axis: 30,
  font: { title: 17, text: 16 },
};

interface Bar {
  lane: number;
  start: number;
}

/** Greedy schedule of equal requests: request i waits for lane i mod k, in wave ⌊i / k⌋. */
function schedule(lanes: number): Bar[] {
  const bars = Array.from({ length: REQUESTS }, (_, i) => ({
    lane: i % lanes,
    start: Math.floor(i / lanes),
  }));
  // Rows are grouped by lane, so each lane reads as its own little staircase.
  return bars.sort((a, b) => a.lane - b.lane || a.start - b.start);
}

const order: Strategy[] = ['sequential', 'threads', 'async'];
const unit = (layout: Layout) => (layout.width - layout.left - layout.right) / REQUESTS; // one delay d
const rowsHeight = (layout: Layout, lanes: number) =>
  REQUESTS * layout.row + (lanes - 1) * layout.laneGap;
const panelHeight = (layout: Layout, lanes: number) => layout.header + rowsHeight(layout, lanes);

function PanelRows({
  strategy,
  layout,
  x,
  top,
}: {
  strategy: Strategy;
  layout: Layout;
  x: number;
  top: number;
}) {
  const panel = panels[strategy];
  const bars = schedule(panel.lanes);
  const end = Math.max(...bars.map((bar) => bar.start + 1));
  const rowsTop = top + layout.header;
  const bottom = top + panelHeight(layout, panel.lanes);
  const d = unit(layout);
  const titleY = top + layout.font.title;
  return (
    <g transform={`translate(${x} 0)`}>
      <text x={0} y={titleY} fontSize={layout.font.title} fontWeight={600} fill="currentColor">
        {panel.title}
      </text>
      <text
        x={layout.totalBelowTitle ? 0 : layout.width - layout.right}
        y={layout.totalBelowTitle ? titleY + layout.font.text + 6 : titleY}
        fontSize={layout.totalBelowTitle ? layout.font.text : layout.font.text + 1}
        textAnchor={layout.totalBelowTitle ? 'start' : 'end'}
        className="fill-zinc-600 dark:fill-zinc-400"
      >
        {panel.total}
      </text>
      {bars.map((bar, row) => {
        const y = rowsTop + row * layout.row + bar.lane * layout.laneGap;
        const firstInLane = row === 0 || bars[row - 1].lane !== bar.lane;
        return (
          <g key={row}>
            {firstInLane ? (
              <text
                x={layout.left - 6}
                y={y + layout.bar}
                fontSize={layout.font.text}
                textAnchor="end"
                className="fill-zinc-600 dark:fill-zinc-400"
              >
                {panel.laneLabel} {bar.lane + 1}
              </text>
            ) : null}
            <rect
              x={layout.left + bar.start * d + 1}
              y={y}
              width={d - 2}
              height={layout.bar}
              rx={2}
              fill={colour[strategy]}
            />
          </g>
        );
      })}
      <line
        x1={layout.left + end * d}
        x2={layout.left + end * d}
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

/** The time axis under a panel (or under the stacked panels), in units of d. */
function Axis({ layout, x, y }: { layout: Layout; x: number; y: number }) {
  const d = unit(layout);
  return (
    <g transform={`translate(${x} 0)`}>
      <line
        x1={layout.left}
        x2={layout.width - layout.right}
        y1={y}
        y2={y}
        stroke="var(--chart-grid)"
      />
      {Array.from({ length: REQUESTS + 1 }, (_, t) => (
        <g key={t}>
          <line
            x1={layout.left + t * d}
            x2={layout.left + t * d}
            y1={y}
            y2={y + 4}
            stroke="var(--chart-text)"
          />
          <text
            x={layout.left + t * d}
            y={y + 6 + layout.font.text}
            fontSize={layout.font.text}
            textAnchor="middle"
            fill="var(--chart-text)"
          >
            {t === 0 ? '0' : t === 1 ? 'd' : `${t}d`}
          </text>
        </g>
      ))}
    </g>
  );
}

const label =
  'Three idealised timelines of six requests that each take the same time d. Sequential: one lane, the bars form a staircase six delays long. Thread pool of three: three lanes, each a staircase of two bars, two delays long. Async: six slots, all bars start at zero and end after one delay, forming a single column.';

/** The page's figure: the panels one above the other, on one time axis. */
function Stacked() {
  const tops: number[] = [];
  let cursor = 0;
  for (const strategy of order) {
    tops.push(cursor);
    cursor += panelHeight(STACKED, panels[strategy].lanes) + STACKED.gap;
  }
  const plotBottom = cursor - STACKED.gap;
  return (
    <svg
      viewBox={`0 0 ${STACKED.width} ${plotBottom + STACKED.axis}`}
      className="h-auto w-full max-w-xl text-zinc-900 dark:text-zinc-100"
      role="img"
      aria-label={label}
      data-slide-hidden
    >
      {order.map((strategy, i) => (
        <PanelRows key={strategy} strategy={strategy} layout={STACKED} x={0} top={tops[i]} />
      ))}
      <Axis layout={STACKED} x={0} y={plotBottom + 4} />
    </svg>
  );
}

/** The slide's figure: the panels side by side, each on its own time axis. */
function SideBySide() {
  const layout = SIDE_BY_SIDE;
  const tallest = Math.max(...order.map((strategy) => panelHeight(layout, panels[strategy].lanes)));
  const width = order.length * layout.width + (order.length - 1) * layout.gap;
  return (
    <svg
      viewBox={`0 0 ${width} ${tallest + layout.axis}`}
      className="hidden h-auto w-full text-zinc-900 dark:text-zinc-100"
      role="img"
      aria-label={label}
      data-slide-only
    >
      {order.map((strategy, i) => (
        <g key={strategy}>
          <PanelRows
            strategy={strategy}
            layout={layout}
            x={i * (layout.width + layout.gap)}
            top={0}
          />
          <Axis layout={layout} x={i * (layout.width + layout.gap)} y={tallest + 4} />
        </g>
      ))}
    </svg>
  );
}

/** Idealised request timelines of sequential, thread-pool and async fetching. */
export function FetchTimelineShapes() {
  return (
    <figure className="not-prose my-8">
      <Stacked />
      <SideBySide />
      {/* A reader's explanation; on a slide the presenter says it (hidden there). */}
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-slide-hidden>
        Six requests that each take <i>d</i>, one bar per request, grouped by lane. Sequential is a
        staircase; three threads make three short staircases that finish in two waves; async is one
        column. The live chart draws measured runs the same way.
      </figcaption>
    </figure>
  );
}

import type { ReactNode } from 'react';

// The parts the hand-drawn timeline figures share: a figure that scales its SVG to the column,
// and the titles, lane labels and axis ticks drawn in the same type and colours.

/** A figure holding one SVG drawn in viewBox units `width` × `height`; `after` goes under it. */
export function SvgFigure({
  width,
  height,
  label,
  children,
  after,
}: {
  width: number;
  height: number;
  /** What the drawing shows, for screen readers. */
  label: string;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <figure className="not-prose mx-auto my-8 max-w-xl">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-label={label}
      >
        {children}
      </svg>
      {after}
    </figure>
  );
}

/** A panel's title, left-aligned at `y`. */
export function PanelTitle({
  y,
  size,
  children,
}: {
  y: number;
  size: number;
  children: ReactNode;
}) {
  return (
    <text x={0} y={y} fontSize={size} fontWeight={600} className="fill-zinc-800 dark:fill-zinc-100">
      {children}
    </text>
  );
}

/** A lane's name in the label column. */
export function LaneLabel({ y, children }: { y: number; children: ReactNode }) {
  return (
    <text x={0} y={y} fontSize={14} className="fill-zinc-700 dark:fill-zinc-300">
      {children}
    </text>
  );
}

/** One tick on a time axis at `axisY`, with its value under it. */
export function AxisTick({ x, axisY, value }: { x: number; axisY: number; value: number }) {
  return (
    <g>
      <line
        x1={x}
        x2={x}
        y1={axisY}
        y2={axisY + 4}
        className="stroke-zinc-400 dark:stroke-zinc-500"
      />
      <text
        x={x}
        y={axisY + 17}
        fontSize={13}
        textAnchor="middle"
        className="fill-zinc-600 dark:fill-zinc-400"
      >
        {value}
      </text>
    </g>
  );
}

/** The figures are drawn 400 units wide and scaled to the column. */
export const FIGURE_WIDTH = 400;

/** Maps a time in [0, end] onto the plot's x range [left, right]. */
export const timeScale = (left: number, right: number, end: number) => (t: number) =>
  left + (t / end) * (right - left);

'use client';

import { niceTicks } from '@/lib/charts/ticks';
import { formatMs } from '@/lib/format';
import { useDeck } from '@/components/present/deck-context';
import { useElementWidth } from './use-element-width';

export interface TimelineLane {
  id: string;
  label: string;
}

export interface TimelineBar {
  key: string;
  lane: string;
  start: number;
  end: number;
  failed?: boolean;
  /** Still in progress at the moment shown (drawn lighter). */
  running?: boolean;
  /** Shown on hover and read by screen readers' tooltip support. */
  label: string;
  /** Overrides the chart's colour for this bar (to mark one lane's bars apart). */
  color?: string;
}

/** A moment (a dashed line) or a span (a shaded band) worth pointing at, e.g. "timer due". */
export interface TimelineAnnotation {
  key: string;
  from: number;
  /** End of a band; a line when absent. */
  to?: number;
  /** Short text drawn above the lanes: after a line, centred over a band. */
  label: string;
}

interface LaneTimelineProps {
  lanes: TimelineLane[];
  bars: TimelineBar[];
  /** The time axis runs from 0 to this; share it between charts to compare them by eye. */
  domainMs: number;
  color: string;
  /** Accessible name of the chart. */
  label: string;
  maxHeight?: number;
  /** Draws a "now" line at this time (replay). */
  cursorMs?: number | null;
  annotations?: readonly TimelineAnnotation[];
}

const AXIS = 22;
const ANNOTATION_ROW = 14;
const MIN_LANE = 0.25;
const MAX_LANE = 22;
// On a slide a timeline shows the shape of a run (how many lanes, how long), short enough that a
// lab's three or four of them fit one slide beside its totals chart. A printed page shrinks the
// lab whole instead, so there its timelines keep more lanes apart.
const STAGE_MAX_HEIGHT = 72;
const PRINT_MAX_HEIGHT = 120;

/** Where each annotation's label goes (after a line, centred over a band); a label that would overlap an earlier one is left out. */
function placeLabels(annotations: readonly TimelineAnnotation[], x: (ms: number) => number) {
  const placed: { note: TimelineAnnotation; left: number; right: number }[] = [];
  for (const note of annotations) {
    const width = note.label.length * 5.6; // ~ a 10 px sans-serif character
    const left =
      note.to === undefined
        ? x(note.from) + 3
        : Math.max(0, (x(note.from) + x(note.to) - width) / 2);
    if (placed.every((p) => left >= p.right + 4 || left + width <= p.left - 4))
      placed.push({ note, left, right: left + width });
  }
  return placed;
}

/**
 * Bars from start to end time, one row per lane (a thread or a slot): a Gantt
 * chart in plain SVG, so thousands of bars stay cheap to draw.
 */
export function LaneTimeline({
  lanes,
  bars,
  domainMs,
  color,
  label,
  maxHeight = 260,
  cursorMs = null,
  annotations = [],
}: LaneTimelineProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  // On a slide the chart stays short (its lanes thin out, never the slide's room) and its text,
  // set large by the slide's stylesheet, labels only lanes tall enough for it.
  const { mode } = useDeck();
  const stage = mode !== 'reading';
  if (stage)
    maxHeight = Math.min(maxHeight, mode === 'print' ? PRINT_MAX_HEIGHT : STAGE_MAX_HEIGHT);
  // Annotation labels get a row of their own above the lanes, so they never cover a bar.
  const top = annotations.length > 0 ? ANNOTATION_ROW : 0;
  // On a slide the chart never grows past its height: with more lanes than it has pixels (1,000
  // async slots), lanes share rows and their bars merge into one band, the run's shape.
  const laneHeight = Math.max(
    stage ? 0 : MIN_LANE,
    Math.min(MAX_LANE, (maxHeight - AXIS - top) / Math.max(1, lanes.length)),
  );
  const plotHeight = Math.max(laneHeight * Math.max(1, lanes.length), 18);
  const height = top + plotHeight + AXIS;
  const showLaneLabels = laneHeight >= (stage ? 17 : 11);
  const gutter = showLaneLabels ? (stage ? 110 : width < 480 ? 58 : 76) : 8;
  const plotWidth = Math.max(0, width - gutter - 8);
  const x = (ms: number) => gutter + (domainMs > 0 ? (ms / domainMs) * plotWidth : 0);
  const laneIndex = new Map(lanes.map((lane, index) => [lane.id, index]));
  const ticks = niceTicks(domainMs, width < 480 ? 3 : 6);

  return (
    <div ref={ref} style={{ height }} className="w-full">
      {width > 0 ? (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={label}
          className="block overflow-visible"
        >
          {annotations.map((note) =>
            note.to === undefined ? (
              <line
                key={note.key}
                x1={x(note.from)}
                x2={x(note.from)}
                y1={top - 2}
                y2={top + plotHeight}
                stroke="var(--chart-text)"
                strokeWidth={1}
                strokeDasharray="4 3"
              />
            ) : (
              <rect
                key={note.key}
                data-annotation
                x={x(note.from)}
                y={top}
                width={Math.max(1, x(note.to) - x(note.from))}
                height={plotHeight}
                fill="var(--color-failure)"
                fillOpacity={0.14}
              />
            ),
          )}
          {placeLabels(annotations, x).map(({ note, left }) => (
            <text key={note.key} x={left} y={top - 4} fontSize={10} fill="var(--chart-text)">
              {note.label}
            </text>
          ))}
          <g transform={`translate(0 ${top})`}>
            {ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={x(tick)}
                  x2={x(tick)}
                  y1={0}
                  y2={plotHeight}
                  stroke="var(--chart-grid)"
                  strokeWidth={1}
                />
                <text
                  x={x(tick)}
                  y={plotHeight + 15}
                  textAnchor="middle"
                  fontSize={11}
                  fill="var(--chart-text)"
                >
                  {formatMs(tick)}
                </text>
              </g>
            ))}
            {showLaneLabels
              ? lanes.map((lane, index) => (
                  <text
                    key={lane.id}
                    x={gutter - 6}
                    y={index * laneHeight + laneHeight / 2 + 4}
                    textAnchor="end"
                    fontSize={11}
                    fill="var(--chart-text)"
                  >
                    {lane.label}
                  </text>
                ))
              : null}
            {bars.map((bar) => {
              const index = laneIndex.get(bar.lane) ?? 0;
              const gap = laneHeight >= 6 ? 2 : 0;
              return (
                <rect
                  key={bar.key}
                  x={x(bar.start)}
                  y={index * laneHeight + gap / 2}
                  width={Math.max(1, x(bar.end) - x(bar.start))}
                  height={Math.max(MIN_LANE, laneHeight - gap)}
                  rx={laneHeight >= 8 ? 2 : 0}
                  fill={bar.failed ? 'var(--color-failure)' : (bar.color ?? color)}
                  fillOpacity={bar.running ? 0.45 : 1}
                >
                  <title>{bar.label}</title>
                </rect>
              );
            })}
            {cursorMs !== null ? (
              <line
                x1={x(cursorMs)}
                x2={x(cursorMs)}
                y1={-2}
                y2={plotHeight + 2}
                stroke="currentColor"
                strokeWidth={1.5}
                strokeDasharray="3 2"
              />
            ) : null}
          </g>
        </svg>
      ) : null}
    </div>
  );
}

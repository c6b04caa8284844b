'use client';

import type { ComponentProps, ReactNode } from 'react';
import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TOOLTIP_STYLE } from './chart-style';

/** Both axes are numbers, drawn in the theme's chart text colour at the labs' axis size. */
const AXIS = { type: 'number', stroke: 'var(--chart-text)', fontSize: 11 } as const;

/** One series of points as a ScatterFrame draws it. */
export interface ScatterSeries<Point> {
  key: string;
  /** Its name in the tooltip. */
  label: string;
  points: Point[];
  shape: 'circle' | 'square' | 'diamond';
  color: string;
  /** Marks outlined only, the page's background inside. */
  hollow?: boolean;
  /** The width of the marks' outline. */
  outline?: number;
  /** The points joined in order by a line, solid or dashed. */
  line?: 'solid' | 'dashed';
}

/**
 * The frame of a lab's scatter chart: full width at a fixed height, the grid, two number axes,
 * reference lines or bands (`references`, drawn under the points), a tooltip, then the lab's
 * series. The lab says what its axes show.
 */
export function ScatterFrame<Point>({
  height,
  margin,
  x,
  y,
  tooltip,
  references,
  series,
}: {
  height: number;
  margin: ComponentProps<typeof ScatterChart>['margin'];
  x: Omit<ComponentProps<typeof XAxis>, 'ref'>;
  y: Omit<ComponentProps<typeof YAxis>, 'ref'>;
  tooltip: Pick<ComponentProps<typeof Tooltip>, 'formatter' | 'labelFormatter'>;
  references?: ReactNode;
  series: readonly ScatterSeries<Point>[];
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={margin}>
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis {...AXIS} {...x} />
        <YAxis {...AXIS} {...y} />
        {references}
        <Tooltip cursor={{ strokeDasharray: '3 3' }} contentStyle={TOOLTIP_STYLE} {...tooltip} />
        {series.map((s) => (
          <Scatter
            key={s.key}
            name={s.label}
            data={s.points}
            shape={s.shape}
            fill={s.hollow ? 'var(--page-bg)' : s.color}
            stroke={s.color}
            strokeWidth={s.outline}
            line={
              s.line
                ? {
                    stroke: s.color,
                    strokeWidth: 1.5,
                    strokeDasharray: s.line === 'dashed' ? '5 3' : undefined,
                  }
                : undefined
            }
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}

/** An axis' title in the labs' chart style, placed by recharts' `position` and `offset`. */
export function axisTitle(
  value: string,
  position: 'insideBottom' | 'insideBottomRight',
  offset: number,
) {
  return { value, position, offset, fontSize: 11, fill: 'var(--chart-text)' };
}

// Apart from elapsed-chart.tsx, so the panel can size the chart's placeholder without loading recharts.

/** Height of the elapsed-per-strategy chart (and of its placeholder while recharts loads). */
export const ELAPSED_CHART_HEIGHT = 200;

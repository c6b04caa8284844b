// Apart from lag-chart.tsx, so the panel can size the chart's placeholder without loading recharts.

/** Height of the event-loop lag chart (and of its placeholder while recharts loads). */
export const LAG_CHART_HEIGHT = 200;

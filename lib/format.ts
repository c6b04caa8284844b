// Number formatting shared by charts, tables and summaries.

/** "850 ms", "1.23 s", "0.4 ms": milliseconds in the unit a reader expects. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (Math.abs(ms) >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)} s`;
  if (Math.abs(ms) >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** "12.3 MiB", "840 B": a byte count in binary units. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? Math.round(value) : value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}

/** "+3.2 %" */
export function formatPercent(fraction: number): string {
  return `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)} %`;
}

const counts = new Intl.NumberFormat('en-US');

/** "1,234,567": a whole count with thousands separators. */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "+1,234", "−56" (a real minus sign), "0": a change, always with its sign. */
export function formatSignedCount(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${counts.format(Math.abs(n))}`;
}

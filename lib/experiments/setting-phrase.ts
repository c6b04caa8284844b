// How one lab setting reads in a sentence-like summary line (the folded settings on a slide).

/** One setting as the summary says it: its label, the value, then the label's unit if it has one. */
export function settingPhrase(label: string, value: string): string {
  const unit = label.match(/\s*\(([^)]+)\)\s*$/);
  const name = unit ? label.slice(0, unit.index).trim() : label.trim();
  // Large counts are easier to read with separators: 10,000 tasks, not 10000.
  const shown = /^\d{5,}$/.test(value) ? Number(value).toLocaleString('en-US') : value;
  return unit ? `${name} ${shown} ${unit[1]}` : `${name} ${shown}`;
}

/** A label made from a settings key where the form has none for it: `delay_ms` → "delay (ms)". */
export function labelOfKey(key: string): string {
  return key.endsWith('_ms')
    ? `${key.slice(0, -3).replace(/_/g, ' ')} (ms)`
    : key.replace(/_/g, ' ');
}

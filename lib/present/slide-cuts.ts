// What a slide keeps of a long listing or a wide table. A slide has room for about 17 lines of
// code at projection size, so it keeps the lines the MDX names and folds runs of blank lines
// (PEP 8's two between functions) into one; a table keeps the columns the MDX names. The
// reading page always shows both whole.

/** 1-based, inclusive: lines (or columns) `from` to `to`, as written. */
export type LineRange = readonly [from: number, to: number];

/** A row of the slide's listing: a line of the original (0-based), or a mark for lines left out. */
export type ListingRow = { kind: 'line'; index: number } | { kind: 'gap' };

/**
 * Parses `"7-22"` or `"1-3, 9-20"` (a single `"5"` is one line). Throws on anything else, or on
 * ranges that are empty, overlap or go backwards, so a typo fails the build.
 */
export function parseRanges(spec: string): LineRange[] {
  const ranges = spec.split(',').map((part): LineRange => {
    const match = part.trim().match(/^(\d+)(?:\s*-\s*(\d+))?$/);
    if (!match) throw new Error(`slide cut: cannot read "${part.trim()}" in "${spec}"`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from) throw new Error(`slide cut: "${part.trim()}" is empty`);
    return [from, to];
  });
  ranges.forEach((range, i) => {
    if (i > 0 && range[0] <= ranges[i - 1][1])
      throw new Error(`slide cut: "${spec}" must list ranges in order, without overlaps`);
  });
  return ranges;
}

/** True when the 1-based `n` lies in one of `ranges`. */
export function inRanges(n: number, ranges: readonly LineRange[]): boolean {
  return ranges.some(([from, to]) => n >= from && n <= to);
}

/**
 * The rows a slide shows of a listing whose lines are blank or not (`blank[i]`): the lines in
 * `ranges` (all when null), a gap mark between ranges, and no blank line at either end or
 * after another blank line. Throws when a range goes past the listing's end.
 */
export function slideRows(
  blank: readonly boolean[],
  ranges: readonly LineRange[] | null,
): ListingRow[] {
  const last = ranges?.at(-1)?.[1] ?? 0;
  if (last > blank.length)
    throw new Error(`slide lines: line ${last} asked for, the listing has ${blank.length}`);
  const kept = (index: number) => ranges === null || inRanges(index + 1, ranges);
  const rows: ListingRow[] = [];
  blank.forEach((isBlank, index) => {
    if (!kept(index)) {
      if (rows.length > 0 && kept(index - 1)) rows.push({ kind: 'gap' });
      return;
    }
    const previous = rows.at(-1);
    if (isBlank && (previous === undefined || previous.kind === 'gap' || blank[previous.index]))
      return;
    rows.push({ kind: 'line', index });
  });
  // A gap or a blank line at the end says nothing.
  while (rows.length > 0) {
    const end = rows[rows.length - 1];
    if (end.kind === 'gap' || blank[end.index]) rows.pop();
    else break;
  }
  return rows;
}

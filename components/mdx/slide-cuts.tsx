import {
  Children,
  cloneElement,
  isValidElement,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import { textOf } from './element-text';
import { inRanges, parseRanges, slideRows, type LineRange } from '@/lib/present/slide-cuts';

// Long listings and wide tables on slides, cut as lib/present/slide-cuts.ts decides, applied to
// the element tree the MDX produced (a listing is figure > pre > code > one [data-line] span per
// line; a table is rows of th/td). Server components: the cut happens before the browser.
// The reading-page halves render their children whole.

type Props = { children?: ReactNode } & Record<string, unknown>;

/** `node` rebuilt with `cut` applied to the children of every element it answers for. */
function reshape(node: ReactNode, cut: (parts: ReactNode[]) => ReactNode[] | null): ReactNode {
  if (!isValidElement<Props>(node)) return node;
  const parts = Children.toArray(node.props.children);
  if (parts.length === 0) return node;
  const kept = cut(parts) ?? parts.map((part) => reshape(part, cut));
  return cloneElement(node, undefined, ...kept);
}

const isLine = (node: ReactNode): node is ReactElement<Props> =>
  isValidElement<Props>(node) && 'data-line' in node.props;

/** A listing's lines as a slide shows them (null where `parts` are not a listing's lines). */
const listingCut = (ranges: LineRange[] | null) => (parts: ReactNode[]) => {
  const lines = parts.filter(isLine);
  if (lines.length === 0) return null;
  const rows = slideRows(
    lines.map((line) => textOf(line).trim() === ''),
    ranges,
  );
  return rows.flatMap((row, i) => [
    ...(i > 0 ? ['\n'] : []),
    row.kind === 'line' ? (
      lines[row.index]
    ) : (
      <span key={`gap-${i}`} data-line="" data-slide-gap="" aria-label="lines left out">
        ⋮
      </span>
    ),
  ]);
};

const isCell = (node: ReactNode) =>
  isValidElement(node) && (node.type === 'th' || node.type === 'td');

/** A table row's cells as a slide shows them (null where `parts` are not a row's cells). */
const columnCut = (ranges: LineRange[]) => (parts: ReactNode[]) => {
  const cells = parts.filter(isCell);
  return cells.length === 0 ? null : cells.filter((_, i) => inRanges(i + 1, ranges));
};

/** Reading page: the listing inside, whole. */
export function SlideLines({ children }: { lines: string; children?: ReactNode }) {
  return <>{children}</>;
}

/** On a slide: only the listing's `lines` ("7-22", "1-3, 9-20"), a ⋮ where some are left out. */
export function DeckSlideLines({ lines, children }: { lines: string; children?: ReactNode }) {
  const cut = listingCut(parseRanges(lines));
  return <>{Children.map(children, (child) => reshape(child, cut))}</>;
}

/** Reading page: the table inside, whole. */
export function SlideColumns({ children }: { columns: string; children?: ReactNode }) {
  return <>{children}</>;
}

/** On a slide: only the table's `columns` ("1-2", "1, 3"). */
export function DeckSlideColumns({ columns, children }: { columns: string; children?: ReactNode }) {
  const cut = columnCut(parseRanges(columns));
  return <>{Children.map(children, (child) => reshape(child, cut))}</>;
}

/** Every code block on a slide, cut or not: runs of blank lines fold into one. */
export function DeckCodeFigure({ children, ...props }: ComponentPropsWithoutRef<'figure'>) {
  if (!('data-rehype-pretty-code-figure' in props)) return <figure {...props}>{children}</figure>;
  const cut = listingCut(null);
  return <figure {...props}>{Children.map(children, (child) => reshape(child, cut))}</figure>;
}

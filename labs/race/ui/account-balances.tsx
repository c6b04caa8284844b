'use client';

import { formatCount, formatSignedCount } from '@/lib/format';
import type { CSSProperties } from 'react';
import { accountRows, type AccountRow } from '@/labs/race/outcome';
import { DataTable } from '@/components/lab-shell/data-table';

/** A bar from the centre line, left for negative values, right for positive; `max` is the half-width. */
function CentredBar({
  value,
  max,
  className,
  style,
}: {
  value: number;
  max: number;
  className: string;
  style?: CSSProperties;
}) {
  const width = max > 0 ? (Math.abs(value) / max) * 50 : 0;
  return (
    <span
      aria-hidden="true"
      className={`absolute ${className}`}
      style={{ ...style, width: `${width}%`, left: value < 0 ? `${50 - width}%` : '50%' }}
    />
  );
}

/**
 * Each account's change since the start: what its transfers meant (outline) against what it
 * really holds now (filled), on one scale for all accounts, and the gap between the two. With
 * no lost update the two bars are the same length and every gap is zero.
 */
export function AccountBalances({
  balances,
  color,
}: {
  balances: { balances_before: number[]; balances_after: number[]; balances_expected: number[] };
  color: string;
}) {
  const rows = accountRows(balances);
  const maxChange = Math.max(
    1,
    ...rows.flatMap((r) => [Math.abs(r.expected - r.before), Math.abs(r.actual - r.before)]),
  );
  return (
    <figure>
      <figcaption className="mb-1.5 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="font-semibold text-zinc-900 dark:text-zinc-100">Each account</span>: its
        change since the start, as its transfers meant it (outline) and as it really is (filled),
        and the gap between the two.
      </figcaption>
      <div
        className="grid grid-cols-[2.5rem_minmax(0,1fr)_4.5rem] items-center gap-x-2 gap-y-1 text-xs tabular-nums sm:grid-cols-[3rem_minmax(0,1fr)_6rem]"
        data-testid="account-balances"
      >
        <span className="text-zinc-500 dark:text-zinc-400">Acct</span>
        <span className="text-center text-zinc-500 dark:text-zinc-400">− change | change +</span>
        <span className="text-right text-zinc-500 dark:text-zinc-400">Gap</span>
        {rows.map((row) => (
          <AccountRowView key={row.account} row={row} maxChange={maxChange} color={color} />
        ))}
      </div>
      <DataTable
        summary="Data table: balances"
        label="Account balances"
        columns={['account', 'before', 'meant after', 'real after', 'gap']}
        rows={() =>
          rows.map((row) => [
            `#${row.account + 1}`,
            formatCount(row.before),
            formatCount(row.expected),
            formatCount(row.actual),
            formatSignedCount(row.gap),
          ])
        }
      />
    </figure>
  );
}

function AccountRowView({
  row,
  maxChange,
  color,
}: {
  row: AccountRow;
  maxChange: number;
  color: string;
}) {
  const gapClass =
    row.gap > 0
      ? 'text-emerald-700 dark:text-emerald-300'
      : row.gap < 0
        ? 'text-rose-700 dark:text-rose-300'
        : 'text-zinc-500 dark:text-zinc-400';
  return (
    <>
      <span className="font-medium text-zinc-700 dark:text-zinc-300">#{row.account + 1}</span>
      <span
        className="relative block h-4"
        title={`meant ${formatSignedCount(row.expected - row.before)}, real ${formatSignedCount(row.actual - row.before)}`}
      >
        <span
          aria-hidden="true"
          className="absolute inset-y-0 left-1/2 w-px bg-zinc-400 dark:bg-zinc-500"
        />
        <CentredBar
          value={row.expected - row.before}
          max={maxChange}
          className="inset-y-0 rounded-sm border border-zinc-500 dark:border-zinc-400"
        />
        <CentredBar
          value={row.actual - row.before}
          max={maxChange}
          className="top-1 bottom-1"
          style={{ background: color }}
        />
      </span>
      <span className={`block text-right font-medium ${gapClass}`} data-gap={row.gap}>
        {formatSignedCount(row.gap)}
      </span>
    </>
  );
}

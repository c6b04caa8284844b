/** Three lanes of work, overlapping in time: the site's mark. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect x="3" y="6" width="14" height="5" rx="2.5" fill="var(--color-sequential)" />
      <rect x="9" y="13.5" width="17" height="5" rx="2.5" fill="var(--color-threads)" />
      <rect x="6" y="21" width="22" height="5" rx="2.5" fill="var(--color-async)" />
    </svg>
  );
}

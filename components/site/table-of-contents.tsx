import type { TocEntry } from '@/content';

/** "On this page": links to the section's h2 and h3 headings (TocTracker marks the one in view). */
export function TableOfContents({ toc, headingId }: { toc: TocEntry[]; headingId: string }) {
  return (
    <nav aria-labelledby={headingId} className="text-sm">
      <h2
        id={headingId}
        className="mb-2 text-xs font-semibold uppercase tracking-wider text-zinc-500 dark:text-zinc-400"
      >
        On this page
      </h2>
      <ul className="space-y-1 border-l border-zinc-200 dark:border-zinc-800">
        {toc.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              data-toc-link
              className={`toc-link ${entry.depth === 3 ? 'pl-6' : 'pl-3'}`}
            >
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import Link from 'next/link';
import { sections, type SectionSlug } from '@/content/sections';

/** The list of sections, with the current one marked for screen readers and the eye. */
export function SectionNav({ current }: { current?: SectionSlug }) {
  return (
    <nav aria-label="Sections">
      <ol className="space-y-0.5 text-sm">
        {sections.map((section, index) => {
          const active = section.slug === current;
          return (
            <li key={section.slug}>
              <Link
                href={`/${section.slug}`}
                aria-current={active ? 'page' : undefined}
                className={`flex gap-2 rounded-md px-2 py-1.5 ${
                  active
                    ? 'bg-indigo-50 font-medium text-indigo-800 dark:bg-indigo-950/60 dark:text-indigo-200'
                    : 'text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800/70 dark:hover:text-zinc-100'
                }`}
              >
                <span className="w-4 shrink-0 text-right tabular-nums text-zinc-400 dark:text-zinc-500" aria-hidden="true">
                  {index + 1}
                </span>
                <span>{section.title}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

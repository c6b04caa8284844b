import Link from 'next/link';
import { neighbours, type SectionSlug } from '@/content/sections';

/** Links to the previous and next sections, in reading order. */
export function PrevNext({ slug }: { slug: SectionSlug }) {
  const { prev, next } = neighbours(slug);
  const card =
    'group flex flex-col rounded-lg border border-zinc-200 px-4 py-3 hover:border-indigo-400 dark:border-zinc-800 dark:hover:border-indigo-500';
  return (
    <nav aria-label="Previous and next section" className="mt-16 grid gap-3 sm:grid-cols-2">
      {prev ? (
        <Link href={`/${prev.slug}`} rel="prev" className={card}>
          <span className="text-xs text-zinc-500 dark:text-zinc-400">← Previous</span>
          <span className="font-medium text-zinc-900 group-hover:text-indigo-700 dark:text-zinc-100 dark:group-hover:text-indigo-300">
            {prev.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/${next.slug}`} rel="next" className={`${card} sm:items-end sm:text-right`}>
          <span className="text-xs text-zinc-500 dark:text-zinc-400">Next →</span>
          <span className="font-medium text-zinc-900 group-hover:text-indigo-700 dark:text-zinc-100 dark:group-hover:text-indigo-300">
            {next.title}
          </span>
        </Link>
      ) : null}
    </nav>
  );
}

import type { ReactNode } from 'react';
import Link from 'next/link';
import type { TocEntry } from '@/content';
import { sections, type Section, type SectionSlug } from '@/content/sections';
import { SectionNav } from './section-nav';
import { TableOfContents } from './table-of-contents';
import { TocTracker } from './toc-tracker';
import { ListingColours } from './listing-colours';
import { PrevNext } from './prev-next';

/**
 * A section page: section list on the left, the text in the middle, "On this page" on the
 * right. Below 64rem both side panels fold into disclosure widgets above the text.
 */
export function SectionLayout({
  section,
  toc,
  children,
}: {
  section: Section;
  toc: TocEntry[];
  children: ReactNode;
}) {
  const slug = section.slug as SectionSlug;
  const number = sections.findIndex((s) => s.slug === slug) + 1;
  const disclosure =
    'rounded-lg border border-zinc-200 px-3 py-2 dark:border-zinc-800 [&>summary]:cursor-pointer [&>summary]:text-sm [&>summary]:font-medium';
  return (
    <div className="mx-auto grid max-w-[90rem] gap-x-10 px-4 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_13rem]">
      <aside className="hidden lg:block">
        <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-8">
          <SectionNav current={slug} />
        </div>
      </aside>

      <main id="main" className="min-w-0 py-8">
        <div className="mb-6 grid gap-2 lg:hidden">
          <details className={disclosure}>
            <summary>Sections</summary>
            <div className="mt-2">
              <SectionNav current={slug} />
            </div>
          </details>
        </div>
        <article className="prose prose-zinc max-w-[72ch] dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-indigo-700 prose-a:decoration-indigo-300 prose-a:underline-offset-2 dark:prose-a:text-indigo-300 dark:prose-a:decoration-indigo-700 prose-code:before:content-none prose-code:after:content-none prose-pre:border prose-pre:border-zinc-200 prose-pre:bg-zinc-50 prose-pre:text-zinc-800 dark:prose-pre:text-zinc-200 dark:prose-pre:border-zinc-800 dark:prose-pre:bg-zinc-900/60">
          <div className="not-prose mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm font-medium">
            <p className="text-indigo-700 dark:text-indigo-300">
              Section {number} of {sections.length}
            </p>
            {/* Not prefetched: the deck's route has its own stylesheet, and a prefetched one that
                the page never uses makes the browser warn about an unused preload. */}
            <Link
              href={`/present/${slug}`}
              prefetch={false}
              className="text-zinc-700 underline decoration-zinc-300 underline-offset-2 hover:text-indigo-700 hover:decoration-indigo-400 dark:text-zinc-300 dark:decoration-zinc-600 dark:hover:text-indigo-300"
            >
              Present as slides
            </Link>
          </div>
          <h1>{section.title}</h1>
          <details className={`${disclosure} not-prose mb-8 xl:hidden`}>
            <summary>On this page</summary>
            <div className="mt-3">
              <TableOfContents toc={toc} headingId="toc-heading-inline" />
            </div>
          </details>
          {children}
        </article>
        <div className="max-w-[72ch]">
          <PrevNext slug={slug} />
        </div>
      </main>

      <aside className="hidden xl:block">
        <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-8">
          <TableOfContents toc={toc} headingId="toc-heading" />
        </div>
      </aside>
      <TocTracker ids={toc.map((entry) => entry.id)} />
      <ListingColours />
    </div>
  );
}

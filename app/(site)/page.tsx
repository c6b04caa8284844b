import Link from 'next/link';
import { sections } from '@/content/sections';

export default function HomePage() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-16">
      <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">
        A tutorial with a laboratory attached
      </p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight text-zinc-900 sm:text-5xl dark:text-white">
        Concurrency Lab
      </h1>
      <div className="mt-6 max-w-3xl space-y-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">
        <p>
          In 2020 Django 3.1 shipped async views, and a short essay explained why that mattered:
          what concurrency is, what the GIL does and does not stop, and how threads and{' '}
          <code className="text-base">async</code> compare when a program spends its time waiting.
        </p>
        <p>
          This site retells that essay for 2026, corrects what has aged, and adds what a page of
          prose cannot: experiments you run from the page. When you press <em>Run</em>, this server
          really fetches from a slow service one request at a time, on a pool of operating-system
          threads, or all at once on an event loop, and streams every request&apos;s timing back to
          you as it happens.
        </p>
      </div>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          href={`/${sections[0].slug}`}
          className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300"
        >
          Start reading
        </Link>
        <Link
          href="/concurrent-io"
          className="rounded-md border border-zinc-300 px-4 py-2 font-medium text-zinc-800 hover:border-indigo-400 dark:border-zinc-700 dark:text-zinc-200 dark:hover:border-indigo-500"
        >
          Jump to the I/O experiment
        </Link>
      </div>

      <h2 className="mt-16 text-2xl font-semibold tracking-tight text-zinc-900 dark:text-white">
        The sections and their labs
      </h2>
      <p className="mt-2 max-w-3xl text-zinc-600 dark:text-zinc-400">
        Every section is a page to read and a slide deck to present. The labs run on this server
        when you press <em>Run</em>.
      </p>
      <ol className="mt-6 grid gap-4 sm:grid-cols-2" data-site-map>
        {sections.map((section, index) => (
          <li
            key={section.slug}
            className="flex flex-col rounded-xl border border-zinc-200 p-5 hover:border-zinc-300 dark:border-zinc-800 dark:hover:border-zinc-700"
          >
            <span className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
              {index + 1}
            </span>
            <Link
              href={`/${section.slug}`}
              id={`section-${section.slug}`}
              className="mt-1 font-semibold text-zinc-900 underline decoration-transparent underline-offset-2 hover:text-indigo-700 hover:decoration-indigo-400 dark:text-white dark:hover:text-indigo-300"
            >
              {section.title}
            </Link>
            <p className="mt-2 text-sm leading-relaxed text-zinc-600 dark:text-zinc-400">
              {section.summary}
            </p>
            {section.labs.length > 0 ? (
              <p className="mt-4 text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
                {section.labs.length === 1 ? 'Live lab' : 'Live labs'}
              </p>
            ) : null}
            {section.labs.length > 0 ? (
              <ul
                className="mt-2 space-y-2 border-l-2 border-indigo-200 pl-3 dark:border-indigo-900"
                aria-label={`Labs in ${section.shortTitle}`}
              >
                {section.labs.map((lab) => (
                  <li key={lab.id} className="text-sm">
                    <Link
                      href={`/${section.slug}#${lab.anchor}`}
                      data-lab={lab.id}
                      className="font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-600 dark:text-indigo-300 dark:decoration-indigo-700 dark:hover:decoration-indigo-300"
                    >
                      <span aria-hidden="true">▸ </span>
                      {lab.name}
                    </Link>
                    <span className="block text-zinc-600 dark:text-zinc-400">{lab.measures}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="mt-auto pt-4 text-sm">
              {/* Not prefetched: the deck's stylesheet would be preloaded and never used on this page. */}
              <Link
                href={`/present/${section.slug}`}
                prefetch={false}
                aria-describedby={`section-${section.slug}`}
                className="text-zinc-700 underline decoration-zinc-300 underline-offset-2 hover:text-indigo-700 hover:decoration-indigo-400 dark:text-zinc-300 dark:decoration-zinc-600 dark:hover:text-indigo-300"
              >
                Slide deck
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </main>
  );
}

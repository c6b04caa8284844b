// The one list of the essay's sections: order, URL slug and titles. Navigation, the home
// page, prev/next links, slide decks and the content checks all read it.

export interface Section {
  /** URL segment and MDX file name (`content/<slug>.mdx`). */
  slug: string;
  title: string;
  /** A few words for the sidebar and slide footers. */
  shortTitle: string;
  /** One sentence for the home page and the page description. */
  summary: string;
}

export const sections = [
  {
    slug: 'django-async-history',
    title: "Django's road to async",
    shortTitle: 'Road to async',
    summary:
      'From Channels to Django 6: what became async in each release, and what is still synchronous today.',
  },
  {
    slug: 'concurrency-vs-parallelism',
    title: 'Concurrency is not parallelism',
    shortTitle: 'Concurrency ≠ parallelism',
    summary:
      'Dealing with many things at once versus doing many things at once, and why a web server mostly needs the first.',
  },
  {
    slug: 'gil',
    title: 'The GIL',
    shortTitle: 'The GIL',
    summary:
      "Why CPython has a global interpreter lock, when it lets go, which runtimes really have one, and the free-threaded builds of 3.13 and 3.14.",
  },
  {
    slug: 'concurrent-io',
    title: 'Concurrent I/O',
    shortTitle: 'Concurrent I/O',
    summary:
      'Sequential, threaded and async fetches of the same slow API, measured live on this server.',
  },
  {
    slug: 'threads-vs-async',
    title: 'Threads vs async',
    shortTitle: 'Threads vs async',
    summary:
      'Preemptive versus cooperative multitasking, what a thread and a task really cost, and where each one bites.',
  },
  {
    slug: 'why-async',
    title: 'Why async, and structured concurrency',
    shortTitle: 'Why async',
    summary:
      'Long-lived connections, background work and fan-out, and how nurseries and TaskGroup keep concurrent code in order.',
  },
  {
    slug: 'example-project',
    title: 'The example project, today',
    shortTitle: 'Example project',
    summary:
      "The essay's two Django views with a 2026 setup, and a live copy of them running on this site.",
  },
] as const satisfies readonly Section[];

export type SectionSlug = (typeof sections)[number]['slug'];

/** The section with this slug, or undefined for an unknown one. */
export function findSection(slug: string): (typeof sections)[number] | undefined {
  return sections.find((section) => section.slug === slug);
}

/** The sections before and after `slug` in reading order. */
export function neighbours(slug: SectionSlug) {
  const index = sections.findIndex((section) => section.slug === slug);
  return { prev: sections[index - 1], next: sections[index + 1] };
}

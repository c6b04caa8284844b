// The one list of the essay's sections: order, URL slug and titles. Navigation, the home
// page, prev/next links, slide decks and the content checks all read it.

import { labsOf, type LabEntry } from '@/labs/registry';

export interface Section {
  /** URL segment and MDX file name (`content/<slug>.mdx`). */
  slug: string;
  title: string;
  /** A few words for the sidebar and slide footers. */
  shortTitle: string;
  /** One sentence for the home page and the page description. */
  summary: string;
  /** The live labs on the page, in page order, for the home page's map. */
  labs: readonly LabEntry[];
}

export const sections = [
  {
    slug: 'django-async-history',
    title: "Django's road to async",
    shortTitle: 'Road to async',
    summary:
      'From Channels to Django 6: what became async in each release, and what is still synchronous today.',
    labs: labsOf('django-async-history'),
  },
  {
    slug: 'concurrency-vs-parallelism',
    title: 'Concurrency is not parallelism',
    shortTitle: 'Concurrency ≠ parallelism',
    summary:
      'Dealing with many things at once versus doing many things at once, and why a web server mostly needs the first.',
    labs: labsOf('concurrency-vs-parallelism'),
  },
  {
    slug: 'gil',
    title: 'The GIL',
    shortTitle: 'The GIL',
    summary:
      'Why CPython has a global interpreter lock, when it lets go, which runtimes really have one, and the free-threaded builds of 3.13 and 3.14.',
    labs: labsOf('gil'),
  },
  {
    slug: 'concurrent-io',
    title: 'Concurrent I/O',
    shortTitle: 'Concurrent I/O',
    summary:
      'Sequential, threaded and async fetches of the same slow API, measured live on this server.',
    labs: labsOf('concurrent-io'),
  },
  {
    slug: 'threads-vs-async',
    title: 'Threads vs async',
    shortTitle: 'Threads vs async',
    summary:
      'Preemptive versus cooperative multitasking, what a thread and a task really cost, and where each one bites.',
    labs: labsOf('threads-vs-async'),
  },
  {
    slug: 'why-async',
    title: 'Why async, and structured concurrency',
    shortTitle: 'Why async',
    summary:
      'Long-lived connections, background work and fan-out, and how nurseries and TaskGroup keep concurrent code in order.',
    labs: labsOf('why-async'),
  },
  {
    slug: 'example-project',
    title: 'The example project, today',
    shortTitle: 'Example project',
    summary:
      "The essay's two Django views with a 2026 setup, and a live copy of them running on this site.",
    labs: labsOf('example-project'),
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

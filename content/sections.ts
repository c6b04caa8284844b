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
  /** The live labs on the page, in page order, for the home page's map. */
  labs: readonly Lab[];
}

/** A live lab on a section's page. */
export interface Lab {
  /** The MDX component that renders it (`<GilLab />`). */
  id: string;
  name: string;
  /** One line: what a run measures. */
  measures: string;
  /** The id of the heading the lab sits under, so a link opens straight at it. */
  anchor: string;
}

export const sections = [
  {
    slug: 'django-async-history',
    title: "Django's road to async",
    shortTitle: 'Road to async',
    summary:
      'From Channels to Django 6: what became async in each release, and what is still synchronous today.',
    labs: [],
  },
  {
    slug: 'concurrency-vs-parallelism',
    title: 'Concurrency is not parallelism',
    shortTitle: 'Concurrency ≠ parallelism',
    summary:
      'Dealing with many things at once versus doing many things at once, and why a web server mostly needs the first.',
    labs: [],
  },
  {
    slug: 'gil',
    title: 'The GIL',
    shortTitle: 'The GIL',
    summary:
      "Why CPython has a global interpreter lock, when it lets go, which runtimes really have one, and the free-threaded builds of 3.13 and 3.14.",
    labs: [
      {
        id: 'GilLab',
        name: 'CPU-bound work, four ways',
        measures: 'Wall time of four pure-Python loops run one after another, in threads, in processes and as asyncio tasks.',
        anchor: 'measure-it-cpu-bound-work-with-and-without-the-gil',
      },
    ],
  },
  {
    slug: 'concurrent-io',
    title: 'Concurrent I/O',
    shortTitle: 'Concurrent I/O',
    summary:
      'Sequential, threaded and async fetches of the same slow API, measured live on this server.',
    labs: [
      {
        id: 'FetchExperiment',
        name: 'Fetching a slow API',
        measures: 'Total and per-request time of the same slow requests made sequentially, on a thread pool and with async gather.',
        anchor: 'run-the-experiment',
      },
    ],
  },
  {
    slug: 'threads-vs-async',
    title: 'Threads vs async',
    shortTitle: 'Threads vs async',
    summary:
      'Preemptive versus cooperative multitasking, what a thread and a task really cost, and where each one bites.',
    labs: [
      {
        id: 'BlockingLab',
        name: 'One blocking call',
        measures: 'How long nine polite async tasks are held up when a tenth blocks the event loop.',
        anchor: 'watch-it-one-blocking-call-stalls-the-loop',
      },
      {
        id: 'ScaleLab',
        name: 'N threads vs N tasks',
        measures: 'Memory per unit and creation time of thousands of idle threads and asyncio tasks.',
        anchor: 'measure-it-n-threads-vs-n-tasks',
      },
      {
        id: 'RaceLab',
        name: 'Lost updates',
        measures: 'Money created or destroyed when threads or tasks update shared balances, with and without a lock.',
        anchor: 'watch-it-money-created-and-destroyed',
      },
    ],
  },
  {
    slug: 'why-async',
    title: 'Why async, and structured concurrency',
    shortTitle: 'Why async',
    summary:
      'Long-lived connections, background work and fan-out, and how nurseries and TaskGroup keep concurrent code in order.',
    labs: [],
  },
  {
    slug: 'example-project',
    title: 'The example project, today',
    shortTitle: 'Example project',
    summary:
      "The essay's two Django views with a 2026 setup, and a live copy of them running on this site.",
    labs: [
      {
        id: 'RealDjangoLab',
        name: 'The essay’s project on real Django',
        measures: 'Django 3.2 and 4.2 under runserver and uvicorn: the async view’s time, its answer and when each sync view ran.',
        anchor: 'run-it-on-real-django',
      },
      {
        id: 'DjangoLiveDemo',
        name: 'The two Django views, live',
        measures: 'Response time of the sync view and of the async view that calls it ten times at once.',
        anchor: 'try-the-live-copy',
      },
    ],
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

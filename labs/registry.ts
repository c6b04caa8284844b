// One entry per lab on the site: which folder holds it (labs/<folder>), the MDX component a page
// places, where it sits, and one line of what it measures. The home page's map, the sections'
// lab lists and the content checks read it; a new lab adds one line here (README, "Adding a lab").

/** A lab folder under labs/: also the lab's name in its route (`/api/experiments/<folder>`). */
export type LabFolder = 'io' | 'gil' | 'blocking' | 'race' | 'scale' | 'django';

export interface LabEntry {
  /** The MDX component that renders it (`<GilLab />`), exported by labs/<folder>/index.tsx. */
  id: string;
  folder: LabFolder;
  /** The section (`content/<section>.mdx`) whose page holds it. */
  section: string;
  name: string;
  /** One line: what a run measures. */
  measures: string;
  /** The id of the heading the lab sits under, so a link opens straight at it. */
  anchor: string;
}

/** In page order within each section. */
export const LABS: readonly LabEntry[] = [
  {
    id: 'GilLab',
    folder: 'gil',
    section: 'gil',
    name: 'CPU-bound work, four ways',
    measures:
      'Wall time of four pure-Python loops run one after another, in threads, in processes and as asyncio tasks.',
    anchor: 'measure-it-cpu-bound-work-with-and-without-the-gil',
  },
  {
    id: 'FetchExperiment',
    folder: 'io',
    section: 'concurrent-io',
    name: 'Fetching a slow API',
    measures:
      'Total and per-request time of the same slow requests made sequentially, on a thread pool and with async gather.',
    anchor: 'run-the-experiment',
  },
  {
    id: 'BlockingLab',
    folder: 'blocking',
    section: 'threads-vs-async',
    name: 'One blocking call',
    measures: 'How long nine polite async tasks are held up when a tenth blocks the event loop.',
    anchor: 'watch-it-one-blocking-call-stalls-the-loop',
  },
  {
    id: 'ScaleLab',
    folder: 'scale',
    section: 'threads-vs-async',
    name: 'N threads vs N tasks',
    measures: 'Memory per unit and creation time of thousands of idle threads and asyncio tasks.',
    anchor: 'measure-it-n-threads-vs-n-tasks',
  },
  {
    id: 'RaceLab',
    folder: 'race',
    section: 'threads-vs-async',
    name: 'Lost updates',
    measures:
      'Money created or destroyed when threads or tasks update shared balances, with and without a lock.',
    anchor: 'watch-it-money-created-and-destroyed',
  },
  {
    id: 'RealDjangoLab',
    folder: 'django',
    section: 'example-project',
    name: 'The essay’s project on real Django',
    measures:
      'Django 3.2 and 4.2 under runserver and uvicorn: the async view’s time, its answer and when each sync view ran.',
    anchor: 'run-it-on-real-django',
  },
  {
    id: 'DjangoLiveDemo',
    folder: 'django',
    section: 'example-project',
    name: 'The two Django views, live',
    measures:
      'Response time of the sync view and of the async view that calls it ten times at once.',
    anchor: 'try-the-live-copy',
  },
];

/** The labs on one section's page, in page order. */
export const labsOf = (section: string): readonly LabEntry[] =>
  LABS.filter((lab) => lab.section === section);

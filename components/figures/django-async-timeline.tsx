import type { ReactNode } from 'react';

// Django's road to async as a vertical timeline. It is an HTML list rather than an SVG so the
// text wraps: it has to read at 360 px on a phone and at projector size in a classroom. The
// page shows it in parts (`from`/`to`), one per slide, so no slide has to scroll.

type Kind = 'channels' | 'plan' | 'django' | 'asgiref';

interface Milestone {
  /** ISO date (or just the year when only that is known); used for sorting and filtering. */
  date: string;
  /** The date as shown. */
  label: string;
  kind: Kind;
  title: string;
  detail: ReactNode;
}

/** Who shipped the change; the dot colour and the small tag both come from here. */
const kinds: Record<Kind, { tag: string; colour: string }> = {
  channels: { tag: 'Channels', colour: 'var(--color-processes)' },
  plan: { tag: 'Plan', colour: 'var(--color-sequential)' },
  django: { tag: 'Django', colour: 'var(--color-async)' },
  asgiref: { tag: 'asgiref', colour: 'var(--color-threads)' },
};

const milestones: Milestone[] = [
  {
    date: '2015',
    label: '2015',
    kind: 'channels',
    title: 'Channels begins',
    detail: (
      <>
        Andrew Godwin starts Channels for WebSockets and other long-lived protocols. Channels&nbsp;1
        runs the Twisted-based Daphne server as a separate process in front of ordinary sync Django
        workers.
      </>
    ),
  },
  {
    date: '2018-02-02',
    label: '2 Feb 2018',
    kind: 'channels',
    title: 'Channels 2.0',
    detail: (
      <>
        A rewrite for Python&nbsp;3.5+ and asyncio. Your code now runs in the server process as an
        ASGI application; the channel layer is only needed to talk between processes.
      </>
    ),
  },
  {
    date: '2018-06-04',
    label: '4 Jun 2018',
    kind: 'plan',
    title: '“A Django Async Roadmap”',
    detail: <>Godwin&apos;s blog post proposes making Django itself async, step by step.</>,
  },
  {
    date: '2019-07-21',
    label: 'May–Jul 2019',
    kind: 'plan',
    title: 'DEP 0009 accepted',
    detail: (
      <>
        Written 6&nbsp;May, accepted 21&nbsp;July: sync-only → sync with an async wrapper →
        async-native with a sync wrapper. Its “sticky threads” later ship as{' '}
        <code>thread_sensitive</code>.
      </>
    ),
  },
  {
    date: '2019-12-02',
    label: '2 Dec 2019',
    kind: 'django',
    title: 'Django 3.0: ASGI',
    detail: (
      <>
        A new <code>asgi.py</code> entry point. Calling the ORM from a running event loop raises{' '}
        <code>SynchronousOnlyOperation</code>.
      </>
    ),
  },
  {
    date: '2020-08-04',
    label: '4 Aug 2020',
    kind: 'django',
    title: 'Django 3.1: async views',
    detail: (
      <>
        <code>async def</code> views, async middleware, async tests and <code>AsyncClient</code>.
        Async views also run under WSGI, on a throwaway event loop.
      </>
    ),
  },
  {
    date: '2020-10-09',
    label: '9 Oct 2020',
    kind: 'asgiref',
    title: 'asgiref 3.3.0',
    detail: (
      <>
        <code>sync_to_async</code> becomes thread-sensitive by default: sync code is funnelled onto
        one thread unless you opt out.
      </>
    ),
  },
  {
    date: '2021-12-07',
    label: '7 Dec 2021',
    kind: 'django',
    title: 'Django 4.0: async cache',
    detail: (
      <>
        The cache API gains <code>aget</code>, <code>aset</code> and friends, and with them the rule
        that async variants carry an <code>a</code> prefix. Under ASGI each request gets its own
        sync thread.
      </>
    ),
  },
  {
    date: '2022-08-03',
    label: '3 Aug 2022',
    kind: 'django',
    title: 'Django 4.1: async ORM interface',
    detail: (
      <>
        <code>await Model.objects.aget()</code>, <code>acreate()</code>, <code>async for</code> over
        querysets, and async handlers in class-based views. Underneath, each query still runs
        through <code>sync_to_async</code>.
      </>
    ),
  },
  {
    date: '2022-10-15',
    label: '15 Oct 2022',
    kind: 'channels',
    title: 'Channels 4.0',
    detail: (
      <>
        Daphne becomes optional, and its <code>runserver</code> moves into the <code>daphne</code>{' '}
        package. Daphne itself is still built on Twisted.
      </>
    ),
  },
  {
    date: '2023-04-03',
    label: '3 Apr 2023',
    kind: 'django',
    title: 'Django 4.2 LTS',
    detail: (
      <>
        <code>asave()</code>, <code>adelete()</code>, async related managers, streaming responses
        fed by async iterators, and psycopg&nbsp;3 support.
      </>
    ),
  },
  {
    date: '2023-12-04',
    label: '4 Dec 2023',
    kind: 'django',
    title: 'Django 5.0',
    detail: (
      <>
        Async signals (<code>Signal.asend</code>), <code>aauthenticate</code>, <code>alogin</code>,{' '}
        <code>request.auser()</code>. A client that disconnects now cancels the async view with{' '}
        <code>asyncio.CancelledError</code>.
      </>
    ),
  },
  {
    date: '2024-08-07',
    label: '7 Aug 2024',
    kind: 'django',
    title: 'Django 5.1',
    detail: <>An async API for sessions.</>,
  },
  {
    date: '2025-04-02',
    label: '2 Apr 2025',
    kind: 'django',
    title: 'Django 5.2 LTS',
    detail: <>Async methods for authentication backends and permission checks.</>,
  },
  {
    date: '2025-12-03',
    label: '3 Dec 2025',
    kind: 'django',
    title: 'Django 6.0',
    detail: (
      <>
        <code>AsyncPaginator</code>, the built-in Tasks framework (<code>django.tasks</code>), and
        Python 3.12 as the minimum.
      </>
    ),
  },
  {
    date: '2026-08-05',
    label: '5 Aug 2026',
    kind: 'django',
    title: 'Django 6.1',
    detail: (
      <>
        Fetch modes: <code>FETCH_PEERS</code> batches lazy loads, <code>FETCH_RAISE</code> turns an
        accidental lazy query into an error instead of a blocking call.
      </>
    ),
  },
];

interface TimelineProps {
  /** First date to show, inclusive (ISO prefix such as "2019" or "2019-12"). */
  from?: string;
  /** Last date to show, inclusive (ISO prefix). */
  to?: string;
  /** Replaces the default caption. */
  caption?: ReactNode;
}

/** Compares an ISO date with an ISO prefix bound, treating the bound as a whole year/month. */
const inRange = (date: string, from?: string, to?: string) =>
  (from === undefined || date >= from) && (to === undefined || date.slice(0, to.length) <= to);

/** Django's road to async, 2015–2025, optionally only the milestones between `from` and `to`. */
export function DjangoAsyncTimeline({ from, to, caption }: TimelineProps) {
  const shown = milestones.filter((m) => inRange(m.date, from, to));
  const years = `${shown[0]?.date.slice(0, 4)}–${shown[shown.length - 1]?.date.slice(0, 4)}`;
  const usedKinds = (Object.keys(kinds) as Kind[]).filter((kind) =>
    shown.some((m) => m.kind === kind),
  );
  return (
    <figure className="not-prose my-8">
      {/* A legend with one entry says nothing the tags do not. */}
      {usedKinds.length > 1 ? (
        <ul
          aria-label="Legend"
          className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400"
        >
          {usedKinds.map((kind) => (
            <li key={kind} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-full"
                style={{ background: kinds[kind].colour }}
              />
              {kinds[kind].tag}
            </li>
          ))}
        </ul>
      ) : null}
      <ol className="ml-2 border-l-2 border-zinc-200 dark:border-zinc-700">
        {shown.map((m) => (
          <li key={m.date} className="relative pb-5 pl-6 last:pb-1">
            <span
              aria-hidden="true"
              className="absolute top-1 -left-[9px] size-4 rounded-full ring-4 ring-white dark:ring-zinc-950"
              style={{ background: kinds[m.kind].colour }}
            />
            <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-zinc-600 dark:text-zinc-400">
              <time dateTime={m.date} className="font-medium tabular-nums">
                {m.label}
              </time>
              <span className="rounded border border-zinc-300 px-1.5 text-xs leading-5 dark:border-zinc-600">
                {kinds[m.kind].tag}
              </span>
            </p>
            <p className="mt-0.5 text-base font-semibold text-zinc-900 dark:text-zinc-50">
              {m.title}
            </p>
            {/* A slide shows the dates and titles; the details are for the page. */}
            <p
              data-slide-hidden
              className="mt-1 text-[0.9375rem] leading-relaxed text-zinc-700 dark:text-zinc-300 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:text-[0.85em] dark:[&_code]:bg-zinc-800"
            >
              {m.detail}
            </p>
          </li>
        ))}
      </ol>
      {/* A reader's explanation; on a slide the presenter says it (hidden there). */}
      <figcaption className="mt-3 text-sm text-zinc-600 dark:text-zinc-400" data-slide-hidden>
        {caption ?? (
          <>
            Django&apos;s road to async, {years}. The tag and the dot colour say who shipped the
            change.
          </>
        )}
      </figcaption>
    </figure>
  );
}

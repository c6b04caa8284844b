import type { ReactNode } from 'react';

// The learning path around each section: goals at the top, a recap and challenges at the end,
// and the one collapsed note per lab on how it measures. Server components with no script: the
// hidden parts are native <details>, so they open without JavaScript and in print.

type PanelKind = 'goals' | 'recap';

// One panel, two looks; the map is the only place a variant is defined (as in callout.tsx).
// The recap sits under its own `## Recap` heading (a slide title in the deck), so its box does
// not repeat the word; the goals open the page and need their label.
const panels: Record<PanelKind, { label: string; shown: boolean; box: string; heading: string }> = {
  goals: {
    label: 'You will learn',
    shown: true,
    box: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
    heading: 'text-emerald-900 dark:text-emerald-200',
  },
  recap: {
    label: 'Recap',
    shown: false,
    box: 'border-indigo-300 bg-indigo-50 dark:border-indigo-800 dark:bg-indigo-950/40',
    heading: 'text-indigo-900 dark:text-indigo-200',
  },
};

// Typography's `prose` styles skip everything inside a `not-prose` box, even a nested `prose`, so
// the few elements these boxes hold (paragraphs, lists, links, emphasis) are styled by the
// `learn-body` class (app/globals.css).

function Panel({ kind, children }: { kind: PanelKind; children: ReactNode }) {
  const panel = panels[kind];
  return (
    <section
      aria-label={panel.label}
      className={`not-prose my-6 rounded-lg border px-4 py-3 ${panel.box}`}
      data-learn={kind}
    >
      {panel.shown ? (
        <p className={`mb-1 text-sm font-semibold ${panel.heading}`}>{panel.label}</p>
      ) : null}
      <div className="learn-body">{children}</div>
    </section>
  );
}

/** The section's goals, a short list at the top of the page. */
export function YouWillLearn({ children }: { children: ReactNode }) {
  return <Panel kind="goals">{children}</Panel>;
}

/** The section's main points again, three to five, at the end of the page. */
export function Recap({ children }: { children: ReactNode }) {
  return <Panel kind="recap">{children}</Panel>;
}

/** A question box: a challenge at the end of a section, or a prediction in the middle of one. */
function Question({
  label,
  title,
  data,
  children,
}: {
  label: string;
  title: string;
  data: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      className="not-prose my-4 rounded-lg border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900"
      {...data}
    >
      <p className="mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        <span aria-hidden="true" className="mr-2 text-amber-600 dark:text-amber-400">
          ?
        </span>
        <span className="inline-block first-letter:uppercase">{title}</span>
      </p>
      <div className="learn-body">{children}</div>
    </section>
  );
}

/** Something to try or work out; its <Answer> stays closed until the reader opens it. */
export function Challenge({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Question label={`Challenge: ${title}`} title={title} data={{ 'data-challenge': '' }}>
      {children}
    </Question>
  );
}

/**
 * A question to answer before reading on, set where the page (or the slide) is about to give
 * the answer away; its <Answer> stays closed until the reader opens it.
 */
export function Predict({ children }: { children: ReactNode }) {
  return (
    <Question label="Predict first" title="Predict first" data={{ 'data-predict': '' }}>
      {children}
    </Question>
  );
}

/** A challenge's answer, hidden until opened (on slides too, so the room can guess first). */
export function Answer({ children }: { children: ReactNode }) {
  return (
    <details
      className="group mt-3 rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 dark:border-zinc-700 dark:bg-zinc-950"
      data-answer
    >
      <summary className="cursor-pointer text-sm font-semibold text-zinc-800 dark:text-zinc-200">
        <span className="group-open:hidden">Show the answer</span>
        <span className="hidden group-open:inline">Answer</span>
      </summary>
      <div className="mt-2 learn-body">{children}</div>
    </details>
  );
}

/** What a lab measures and how, collapsed on the reading page; slides leave it out. */
export function LabMeasures({ children }: { children: ReactNode }) {
  return (
    <details
      className="not-prose my-6 rounded-lg border border-zinc-200 bg-zinc-50 px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900/60"
      data-lab-measures
    >
      <summary className="cursor-pointer text-sm font-semibold text-zinc-800 dark:text-zinc-200">
        How this lab measures
      </summary>
      <div className="mt-2 learn-body">{children}</div>
    </details>
  );
}

/** The deck's version of LabMeasures: the harness is reading-page material, not a slide. */
export function SlideLabMeasures(_props: { children?: ReactNode }) {
  return null;
}

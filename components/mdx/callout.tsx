import type { ReactNode } from 'react';

export type CalloutKind = 'note' | 'pitfall' | 'correction';

// One component, three looks: the map is the only place a variant is defined.
const variants: Record<CalloutKind, { label: string; icon: string; box: string; heading: string }> =
  {
    note: {
      label: 'Note',
      icon: 'i',
      box: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40',
      heading: 'text-sky-900 dark:text-sky-200',
    },
    pitfall: {
      label: 'Pitfall',
      icon: '!',
      box: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
      heading: 'text-amber-900 dark:text-amber-200',
    },
    correction: {
      label: 'Correction to the 2020 essay',
      icon: '✎',
      box: 'border-rose-300 bg-rose-50 dark:border-rose-800 dark:bg-rose-950/40',
      heading: 'text-rose-900 dark:text-rose-200',
    },
  };

/** A boxed aside: a note, a pitfall, or a place where the 2020 essay was wrong. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: CalloutKind;
  title?: string;
  children: ReactNode;
}) {
  const variant = variants[kind];
  return (
    <aside
      className={`not-prose my-6 rounded-lg border-l-4 px-4 py-3 ${variant.box}`}
      data-callout={kind}
    >
      <p className={`mb-1 flex items-center gap-2 text-sm font-semibold ${variant.heading}`}>
        <span
          aria-hidden="true"
          className="inline-flex size-5 items-center justify-center rounded-full border border-current text-xs"
        >
          {variant.icon}
        </span>
        {title ? `${variant.label}: ${title}` : variant.label}
      </p>
      <div className="prose prose-zinc prose-sm max-w-none dark:prose-invert [&>:first-child]:mt-0 [&>:last-child]:mb-0">
        {children}
      </div>
    </aside>
  );
}

import type { ReactNode } from 'react';

/** A short quotation with its author, shown as a figure so the attribution stays with it. */
export function Quote({
  by,
  role,
  cite,
  children,
}: {
  by: string;
  role?: string;
  cite?: string;
  children: ReactNode;
}) {
  return (
    <figure className="not-prose my-8 border-l-4 border-indigo-400 pl-5 dark:border-indigo-500">
      <blockquote
        cite={cite}
        className="text-lg leading-relaxed text-zinc-800 italic dark:text-zinc-200 [&_p]:my-2"
      >
        {children}
      </blockquote>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        —{' '}
        {cite ? (
          <a
            href={cite}
            className="underline decoration-zinc-400 underline-offset-2 hover:text-indigo-700 dark:hover:text-indigo-300"
          >
            {by}
          </a>
        ) : (
          by
        )}
        {role ? `, ${role}` : null}
      </figcaption>
    </figure>
  );
}

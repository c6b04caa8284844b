import type { ReactNode } from 'react';

// Reading-page versions of the slide markers that lib/mdx/remark-section.mjs inserts.
// Presentation mode passes its own components for the same names.

/** On a reading page a slide is just its content. */
export function ReadingSlide({
  children,
}: {
  children?: ReactNode;
  id?: string;
  title?: string;
  index?: string;
}) {
  return <>{children}</>;
}

/** A manual slide cut; the remark plugin consumes it, so this only renders if misplaced. */
export function SlideBreak(_props: { title?: string }) {
  return null;
}

/** Speaker notes: shown only in the presenter view, never on the reading page. */
export function Notes(_props: { children?: ReactNode }) {
  return null;
}

/**
 * Prose for the reading page only: a slide shows its `<OnSlide>` summary (or nothing) instead,
 * so that a slide carries a few lines while the page keeps its paragraphs.
 */
export function OnPage({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

/** A slide's short form of the prose beside it (see OnPage); the reading page leaves it out. */
export function OnSlide(_props: { children?: ReactNode }) {
  return null;
}

/**
 * A list whose items a slide reveals one key press at a time (→ / Space shows the next, ←
 * hides it). The reading page, like print, shows every item.
 */
export function Steps({ children }: { children?: ReactNode }) {
  return <div data-steps>{children}</div>;
}

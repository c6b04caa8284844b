import type { ReactNode } from 'react';

// Reading-page versions of the slide markers that lib/mdx/remark-section.mjs inserts.
// Presentation mode passes its own components for the same names.

/** On a reading page a slide is just its content. */
export function ReadingSlide({ children }: { children?: ReactNode; id?: string; title?: string; index?: string }) {
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

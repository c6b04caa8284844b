'use client';

import { useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SlideFrame } from './slide-frame';
import { SlideIndexContext, SlideViewContext } from './slide-view';

// Smallest scale on the live stage: below it the text is too small to read on a projector, so
// the slide scrolls instead (visibly). At 0.45 a 36-line code listing still fits whole.
// Pictures (previews, print) may shrink further.
const STAGE_MIN_SCALE = 0.45;
const PICTURE_MIN_SCALE = 0.15;

/** Presentation-mode version of the <Slide> elements that lib/mdx/remark-section.mjs inserts. */
export function PresentSlide({
  index: indexAttribute,
  children,
}: {
  id?: string;
  title?: string;
  index?: string;
  children?: ReactNode;
}) {
  const view = useContext(SlideViewContext);
  const index = Number(indexAttribute);
  if (!view) return <>{children}</>;
  switch (view.kind) {
    case 'preview':
      return index === view.index ? (
        <SlideFrame index={index} active minScale={PICTURE_MIN_SCALE}>
          {children}
        </SlideFrame>
      ) : null;
    case 'print':
      return (
        <div className="print-page">
          <SlideFrame index={index} active minScale={PICTURE_MIN_SCALE}>
            {children}
          </SlideFrame>
        </div>
      );
    case 'stage': {
      const current = index === view.current;
      return (
        <SlideFrame index={index} active={current} hidden={!current} minScale={STAGE_MIN_SCALE}>
          {children}
        </SlideFrame>
      );
    }
  }
}

/**
 * Speaker notes in presentation mode: the current slide's notes appear in the presenter
 * view's notes panel; everywhere else (audience, previews, print) they render nothing.
 */
export function PresentNotes({ children }: { children?: ReactNode }) {
  const view = useContext(SlideViewContext);
  const index = useContext(SlideIndexContext);
  if (view?.kind !== 'stage' || !view.notesTarget || index !== view.current) return null;
  return createPortal(<div className="deck-note">{children}</div>, view.notesTarget);
}

/** A `###` heading inside a slide: no permalink (there is no page to link into). */
export function SlideSubheading({ children }: { children?: ReactNode }) {
  return <h3>{children}</h3>;
}

/** A slide's `##` heading is drawn by the slide frame as its title, so the copy in the content is dropped. */
export function DroppedHeading(_props: { children?: ReactNode }) {
  return null;
}

/** On a slide, reading-page-only prose (`<OnPage>`) is left out ... */
export function SlideOnPage(_props: { children?: ReactNode }) {
  return null;
}

/** ... and the slide's own short form (`<OnSlide>`) is shown. */
export function SlideOnSlide({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

'use client';

import { useContext, type ReactNode } from 'react';
import { SlideIndexContext, SlideZoomContext, useDeckInfo } from './slide-view';
import { useSlideFit } from './use-slide-fit';

/**
 * One slide on the logical canvas: its title, the MDX content shrunk to fit the body, and a
 * footer with the section and the slide number. `hidden` slides stay mounted (an experiment
 * keeps its state when you come back) but are out of sight, out of the tab order and out of
 * the accessibility tree.
 */
export function SlideFrame({
  index,
  active,
  hidden = false,
  minScale,
  children,
}: {
  index: number;
  /** Visible now: measure and fit the content. */
  active: boolean;
  hidden?: boolean;
  minScale: number;
  children: ReactNode;
}) {
  const info = useDeckInfo();
  const { bodyRef, sizerRef, contentRef } = useSlideFit(active, minScale);
  const zoom = useContext(SlideZoomContext)[String(index)] ?? 1;
  const slide = info.slides[index];
  const count = info.slides.length;
  return (
    <section
      aria-roledescription="slide"
      aria-label={`${index + 1} of ${count}: ${slide.title}`}
      tabIndex={-1}
      hidden={hidden}
      inert={hidden}
      data-slide-index={index}
      className="slide-frame"
    >
      <header className="slide-header">
        {index === 0 ? (
          <>
            <p className="slide-kicker">
              Concurrency Lab · Section {info.number} of {info.sectionCount}
            </p>
            <h2 className="slide-title slide-title-first">{info.title}</h2>
          </>
        ) : (
          <h2 className="slide-title">{slide.title}</h2>
        )}
      </header>
      <div ref={bodyRef} className="slide-body" data-overflow="false">
        <div ref={sizerRef} className="slide-sizer">
          <div ref={contentRef} className="slide-content prose">
            <div
              style={zoom === 1 ? undefined : { zoom }}
              data-zoom={zoom === 1 ? undefined : zoom}
            >
              <SlideIndexContext value={index}>{children}</SlideIndexContext>
            </div>
          </div>
        </div>
      </div>
      <footer className="slide-footer">
        <span>{index === 0 ? 'Concurrency Lab' : `Concurrency Lab · ${info.title}`}</span>
        <span>
          <span className="slide-overflow-hint" aria-hidden="true">
            more below ↓
          </span>
          {index + 1} / {count}
        </span>
      </footer>
    </section>
  );
}

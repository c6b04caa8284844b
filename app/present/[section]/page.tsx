import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { loadSection } from '@/content';
import { findSection, sections } from '@/content/sections';
import { Deck } from '@/components/present/deck';
import {
  DroppedHeading,
  PresentNotes,
  PresentSlide,
  SlideOnPage,
  SlideOnSlide,
  SlideSubheading,
} from '@/components/present/present-slide';
import { DeckSteps } from '@/components/present/deck-steps';
import { SlideLabMeasures } from '@/components/mdx/learn';
import { DeckCodeFigure, DeckSlideColumns, DeckSlideLines } from '@/components/mdx/slide-cuts';
import { SourceFile } from '@/components/mdx/source-file';
import '../present.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({
  params,
}: PageProps<'/present/[section]'>): Promise<Metadata> {
  const section = findSection((await params).section);
  if (!section) return {};
  return {
    title: `${section.title} (slides)`,
    description: section.summary,
    // The text is the reading page's; search engines should send readers there.
    alternates: { canonical: `/${section.slug}` },
  };
}

// The same MDX as the reading page, with the slide markers swapped for their deck versions.
// Code blocks keep a plain figure (the reading page's title bar with Copy and Download belongs
// to a page one reads at a desk, not to a projected slide), trimmed to what a slide can hold.
// Listings are highlighted in the deck's HTML, with their slide excerpts (the reading page
// colours its listings later).
const deckComponents = {
  figure: DeckCodeFigure,
  SlideLines: DeckSlideLines,
  SlideColumns: DeckSlideColumns,
  Slide: PresentSlide,
  Notes: PresentNotes,
  h2: DroppedHeading,
  h3: SlideSubheading,
  LabMeasures: SlideLabMeasures,
  SourceFile,
  OnPage: SlideOnPage,
  OnSlide: SlideOnSlide,
  Steps: DeckSteps,
};

/** A section as a slide deck (audience, `?view=presenter`, `?print`); see components/present/deck.tsx. */
export default async function PresentPage({ params }: PageProps<'/present/[section]'>) {
  const section = findSection((await params).section);
  if (!section) notFound();
  const { default: Content, slides, toc } = await loadSection(section.slug);
  const headings = new Set(toc.filter((entry) => entry.depth === 2).map((entry) => entry.id));
  return (
    <Deck
      slug={section.slug}
      title={section.title}
      number={sections.findIndex((s) => s.slug === section.slug) + 1}
      sectionCount={sections.length}
      slides={slides.map((slide) => ({ ...slide, headed: headings.has(slide.id) }))}
    >
      <Content components={deckComponents} />
    </Deck>
  );
}

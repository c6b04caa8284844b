import type { Metadata } from 'next';
import type { ComponentType } from 'react';
import type { TocEntry } from '@/content';
import { findSection, type SectionSlug } from '@/content/sections';
import { SectionLayout } from './section-layout';

// Each section has its own page file (app/(site)/<slug>/page.tsx) rather than one [section]
// route: the browser's first load holds the client components a page file's imports reach, and
// a shared route reaches every section's MDX, so each text page shipped every experiment's code.

/** The title and description of a section's reading page. */
export function sectionMetadata(slug: SectionSlug): Metadata {
  const section = findSection(slug)!;
  return { title: section.title, description: section.summary };
}

/** A section's reading page: its compiled MDX inside the section layout. */
export function SectionPage({
  slug,
  content: Content,
  toc,
}: {
  slug: SectionSlug;
  content: ComponentType;
  toc: TocEntry[];
}) {
  return (
    <SectionLayout section={findSection(slug)!} toc={toc}>
      <Content />
    </SectionLayout>
  );
}

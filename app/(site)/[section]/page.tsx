import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findSection, sections } from '@/content/sections';
import { loadSection } from '@/content';
import { SectionLayout } from '@/components/site/section-layout';

export const dynamicParams = false;

export function generateStaticParams() {
  return sections.map((section) => ({ section: section.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[section]'>): Promise<Metadata> {
  const section = findSection((await params).section);
  return section ? { title: section.title, description: section.summary } : {};
}

export default async function SectionPage({ params }: PageProps<'/[section]'>) {
  const section = findSection((await params).section);
  if (!section) notFound();
  const { default: Content, toc } = await loadSection(section.slug);
  return (
    <SectionLayout section={section} toc={toc}>
      <Content />
    </SectionLayout>
  );
}

// Loads a section's compiled MDX module. Static imports (not a template string) let the
// bundler see every file, and the Record type makes a missing section a type error.
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { SectionSlug } from './sections';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  title: string;
}

export interface SlideEntry {
  id: string;
  title: string;
}

export interface SectionModule {
  default: ComponentType<{ components?: MDXComponents }>;
  toc: TocEntry[];
  slides: SlideEntry[];
}

const loaders: Record<SectionSlug, () => Promise<SectionModule>> = {
  'django-async-history': () => import('./django-async-history.mdx'),
  'concurrency-vs-parallelism': () => import('./concurrency-vs-parallelism.mdx'),
  gil: () => import('./gil.mdx'),
  'concurrent-io': () => import('./concurrent-io.mdx'),
  'threads-vs-async': () => import('./threads-vs-async.mdx'),
  'why-async': () => import('./why-async.mdx'),
  'example-project': () => import('./example-project.mdx'),
};

/** The compiled MDX module of a section (content, table of contents, slides). */
export function loadSection(slug: SectionSlug): Promise<SectionModule> {
  return loaders[slug]();
}

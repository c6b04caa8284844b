import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import Link from 'next/link';
import { H2, H3 } from '@/components/mdx/heading';
import { Callout } from '@/components/mdx/callout';
import { Quote } from '@/components/mdx/quote';
import { Sources } from '@/components/mdx/sources';
import { PageSourceFile } from '@/components/mdx/page-source-file';
import { CodeFigure } from '@/components/mdx/code-figure';
import { CodePre } from '@/components/mdx/code-pre';
import { SlideColumns, SlideLines } from '@/components/mdx/slide-cuts';
import {
  ReadingSlide,
  SlideBreak,
  Notes,
  OnPage,
  OnSlide,
  Steps,
} from '@/components/mdx/slide-parts';
import {
  Answer,
  Challenge,
  LabMeasures,
  Predict,
  Recap,
  YouWillLearn,
} from '@/components/mdx/learn';

/** Internal links go through next/link (prefetch, client navigation); others open as usual. */
function Anchor({ href = '', ...rest }: ComponentPropsWithoutRef<'a'>) {
  // A slide deck is never prefetched: its stylesheet would be preloaded and left unused here.
  if (href.startsWith('/'))
    return (
      <Link href={href} prefetch={href.startsWith('/present/') ? false : undefined} {...rest} />
    );
  if (href.startsWith('#')) return <a href={href} {...rest} />;
  return <a href={href} rel="noreferrer" {...rest} />;
}

/** Wide tables scroll inside their own box (reachable by keyboard) instead of widening the page. */
function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="my-6 overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
      <table {...props} className="my-0" />
    </div>
  );
}

// Only server components (and next/link, which every page loads anyway) belong here: every
// section's MDX reaches this map, so a client component listed here is first-load JS on all of
// them. The Copy buttons inside CodeFigure and PageSourceFile are server-rendered too (one listener in
// the root layout works them). Experiments and other client components are imported by the MDX
// files that use them.
const components = {
  a: Anchor,
  h2: H2,
  h3: H3,
  pre: CodePre,
  figure: CodeFigure,
  table: Table,
  Callout,
  Quote,
  Sources,
  SourceFile: PageSourceFile,
  Slide: ReadingSlide,
  SlideBreak,
  Notes,
  OnPage,
  OnSlide,
  SlideLines,
  SlideColumns,
  Steps,
  YouWillLearn,
  Recap,
  Challenge,
  Predict,
  Answer,
  LabMeasures,
} satisfies MDXComponents;

export type SectionComponents = typeof components;

export function useMDXComponents(inherited: MDXComponents): MDXComponents {
  return { ...components, ...inherited };
}

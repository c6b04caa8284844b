// One page file per section, importing only its own MDX: see components/site/section-page.tsx.
import Content, { toc } from '@/content/concurrency-vs-parallelism.mdx';
import { SectionPage, sectionMetadata } from '@/components/site/section-page';

export const metadata = sectionMetadata('concurrency-vs-parallelism');

export default function Page() {
  return <SectionPage slug="concurrency-vs-parallelism" content={Content} toc={toc} />;
}

// One page file per section, importing only its own MDX: see components/site/section-page.tsx.
import Content, { toc } from '@/content/threads-vs-async.mdx';
import { SectionPage, sectionMetadata } from '@/components/site/section-page';

export const metadata = sectionMetadata('threads-vs-async');

export default function Page() {
  return <SectionPage slug="threads-vs-async" content={Content} toc={toc} />;
}

// One page file per section, importing only its own MDX: see components/site/section-page.tsx.
import Content, { toc } from '@/content/why-async.mdx';
import { SectionPage, sectionMetadata } from '@/components/site/section-page';

export const metadata = sectionMetadata('why-async');

export default function Page() {
  return <SectionPage slug="why-async" content={Content} toc={toc} />;
}

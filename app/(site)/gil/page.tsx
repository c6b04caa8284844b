// One page file per section, importing only its own MDX: see components/site/section-page.tsx.
import Content, { toc } from '@/content/gil.mdx';
import { SectionPage, sectionMetadata } from '@/components/site/section-page';

export const metadata = sectionMetadata('gil');

export default function Page() {
  return <SectionPage slug="gil" content={Content} toc={toc} />;
}

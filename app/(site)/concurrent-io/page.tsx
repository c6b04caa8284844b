// One page file per section, importing only its own MDX: see components/site/section-page.tsx.
import Content, { toc } from '@/content/concurrent-io.mdx';
import { SectionPage, sectionMetadata } from '@/components/site/section-page';

export const metadata = sectionMetadata('concurrent-io');

export default function Page() {
  return <SectionPage slug="concurrent-io" content={Content} toc={toc} />;
}

// One page file per section, importing only its own MDX: see components/site/section-page.tsx.
import Content, { toc } from '@/content/example-project.mdx';
import { SectionPage, sectionMetadata } from '@/components/site/section-page';

export const metadata = sectionMetadata('example-project');

export default function Page() {
  return <SectionPage slug="example-project" content={Content} toc={toc} />;
}

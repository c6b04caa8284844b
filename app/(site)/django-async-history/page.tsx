// One page file per section, importing only its own MDX: see components/site/section-page.tsx.
import Content, { toc } from '@/content/django-async-history.mdx';
import { SectionPage, sectionMetadata } from '@/components/site/section-page';

export const metadata = sectionMetadata('django-async-history');

export default function Page() {
  return <SectionPage slug="django-async-history" content={Content} toc={toc} />;
}

import { pageListings } from '@/lib/content/page-listings';
import { highlightedListing } from '@/lib/content/source-listing';

// The highlighted code of a reading page's listing (components/mdx/page-source-file.tsx), built
// once: only the names of pageListings() exist, and none of them is a path.
export const dynamicParams = false;

export function generateStaticParams() {
  return [...pageListings().keys()].map((name) => ({ name }));
}

export async function GET(_request: Request, { params }: RouteContext<'/api/listings/[name]'>) {
  const file = pageListings().get((await params).name);
  if (file === undefined) return new Response('No such listing', { status: 404 });
  return new Response(await highlightedListing(file), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

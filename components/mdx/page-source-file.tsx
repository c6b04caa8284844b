import { listingName } from '@/lib/content/page-listings';
import { highlight } from '@/lib/content/highlight';
import { offeredAsDownload } from '@/lib/content/source-files';
import { plainListing, readListing } from '@/lib/content/source-listing';
import { Listing, type SourceFileProps } from './source-file';

/**
 * A reading page's listing of a repository file: the whole file, as plain code in the page's
 * HTML, coloured when the reader comes near it (ListingColours fetches /api/listings/<name>).
 * Highlighted, a long file weighs eight times its text, twice over (HTML and the page's React
 * payload): a section with fifteen listings shipped 800 kB. The slide excerpt is left out: only
 * a deck shows it.
 */
export async function PageSourceFile({ path, caption }: SourceFileProps) {
  const { file, code, language } = await readListing(path);
  return (
    <Listing
      label={path}
      caption={caption ?? 'the file this site runs'}
      html={plainListing(await highlight(code, language), code)}
      downloadable={language === 'python' && (await offeredAsDownload(path, file))}
      data-source-file={path}
      data-listing={listingName(path)}
    />
  );
}

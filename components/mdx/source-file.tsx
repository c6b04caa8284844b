import { exportedDeclaration } from '@/lib/content/excerpt';
import { highlight } from '@/lib/content/highlight';
import { offeredAsDownload } from '@/lib/content/source-files';
import { readListing } from '@/lib/content/source-listing';
import { CodeActions } from './code-actions';

export interface SourceFileProps {
  path: string;
  caption?: string;
  /**
   * What a slide shows of the file (the reading page always shows all of it): the name of an
   * exported function (just its declaration, so it stays readable when projected), `false`
   * (nothing), or, when absent, the whole file.
   */
  slide?: string | false;
}

/** A listing's frame: a caption bar (file name, what it is, Copy and Download) above its code. */
export function Listing({
  label,
  caption,
  html,
  downloadable = false,
  ...data
}: { label: string; caption: string; html: string; downloadable?: boolean } & Record<
  `data-${string}`,
  string | undefined
>) {
  const { 'data-listing': listing, ...figureData } = data;
  return (
    <figure className="not-prose my-0" {...figureData}>
      <figcaption className="flex flex-wrap items-center justify-between gap-x-3 border-b border-zinc-200 bg-zinc-50 px-4 py-1 font-mono text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
        <span className="min-w-0 break-all">{label}</span>
        <span className="ml-auto flex items-center gap-2">
          <span className="font-sans">{caption}</span>
          <CodeActions name={label} downloadable={downloadable} />
        </span>
      </figcaption>
      <div
        className="bg-white text-sm dark:bg-zinc-950 [&_pre]:max-h-[32rem]"
        data-listing={listing}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </figure>
  );
}

/**
 * Shows a file of this repository, read and highlighted on the server, so the code on the page
 * is the code the server runs, not a copy of it. Slides and labs show this one, with the slide's
 * excerpt; a reading page shows PageSourceFile, which loads its colours when scrolled near.
 */
export async function SourceFile({ path, caption, slide }: SourceFileProps) {
  const { file, code, language } = await readListing(path);
  const excerpt = typeof slide === 'string' ? exportedDeclaration(code, slide) : null;
  return (
    <>
      <Listing
        label={path}
        caption={caption ?? 'the file this site runs'}
        html={await highlight(code, language)}
        downloadable={language === 'python' && (await offeredAsDownload(path, file))}
        data-source-file={path}
        data-slide-hidden={slide === undefined ? undefined : 'true'}
      />
      {excerpt && (
        <Listing
          label={`${path}, lines ${excerpt.from}–${excerpt.to}`}
          caption={`${slide}(), from the file this site runs`}
          html={await highlight(excerpt.text, language)}
          data-source-excerpt={path}
        />
      )}
    </>
  );
}

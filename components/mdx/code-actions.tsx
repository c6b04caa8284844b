import { downloadHref, downloadName } from '@/lib/content/downloads.mjs';
import { CopyButton } from './copy-button';

/**
 * The right end of a listing's title bar: "Download" for a Python program the reader is meant to
 * run (scripts/reader-files.mjs writes the file), and "Copy".
 */
export function CodeActions({
  name,
  downloadable = false,
}: {
  name?: string;
  downloadable?: boolean;
}) {
  const download = name && downloadable ? downloadName(name) : null;
  return (
    <span className="flex shrink-0 items-center gap-1">
      {download ? (
        <a
          href={downloadHref(download)}
          download={download}
          className="rounded px-1.5 py-0.5 font-sans text-xs font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:bg-zinc-200 dark:text-indigo-300 dark:decoration-indigo-700 dark:hover:bg-zinc-800"
        >
          Download<span className="sr-only"> {download}</span>
        </a>
      ) : null}
      <CopyButton label={name ? `Copy ${name}` : 'Copy code'} />
    </span>
  );
}

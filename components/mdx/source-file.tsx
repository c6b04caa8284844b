import { exportedDeclaration } from '@/lib/content/excerpt';
import { highlight, type CodeLanguage } from '@/lib/content/highlight';
import { offeredAsDownload, readRepoFile } from '@/lib/content/source-files';
import { CodeActions } from './code-actions';

const languageOf: Record<string, CodeLanguage> = { '.ts': 'ts', '.tsx': 'tsx', '.mjs': 'js', '.js': 'js', '.py': 'python' };

interface SourceFileProps {
  path: string;
  caption?: string;
  /**
   * What a slide shows of the file (the reading page always shows all of it): the name of an
   * exported function (just its declaration, so it stays readable when projected), `false`
   * (nothing), or, when absent, the whole file.
   */
  slide?: string | false;
}

function Listing({
  label,
  caption,
  html,
  downloadable = false,
  ...data
}: { label: string; caption: string; html: string; downloadable?: boolean } & Record<`data-${string}`, string | undefined>) {
  return (
    <figure className="not-prose my-0" {...data}>
      <figcaption className="flex flex-wrap items-center justify-between gap-x-3 border-b border-zinc-200 bg-zinc-50 px-4 py-1 font-mono text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
        <span className="min-w-0 break-all">{label}</span>
        <span className="ml-auto flex items-center gap-2">
          <span className="font-sans">{caption}</span>
          <CodeActions name={label} downloadable={downloadable} />
        </span>
      </figcaption>
      <div className="bg-white text-sm dark:bg-zinc-950 [&_pre]:max-h-[32rem]" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}

/**
 * Shows a file of this repository, read and highlighted when the page is built, so the code
 * on the page is the code the server runs, not a copy of it.
 */
export async function SourceFile({ path, caption, slide }: SourceFileProps) {
  const language = languageOf[path.slice(path.lastIndexOf('.'))] ?? 'ts';
  const file = await readRepoFile(path);
  const source = file.trimEnd();
  const excerpt = typeof slide === 'string' ? exportedDeclaration(source, slide) : null;
  return (
    <>
      <Listing
        label={path}
        caption={caption ?? 'the file this site runs'}
        html={await highlight(source, language)}
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

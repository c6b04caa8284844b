import { highlight, type CodeLanguage } from '@/lib/content/highlight';
import { readRepoFile } from '@/lib/content/source-files';

const languageOf: Record<string, CodeLanguage> = { '.ts': 'ts', '.tsx': 'tsx', '.mjs': 'js', '.js': 'js', '.py': 'python' };

/**
 * Shows a file of this repository, read and highlighted when the page is built, so the code
 * on the page is the code the server runs, not a copy of it.
 */
export async function SourceFile({ path, caption }: { path: string; caption?: string }) {
  const extension = path.slice(path.lastIndexOf('.'));
  const html = await highlight((await readRepoFile(path)).trimEnd(), languageOf[extension] ?? 'ts');
  return (
    <figure className="not-prose my-0" data-source-file={path}>
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-zinc-200 bg-zinc-50 px-4 py-1.5 font-mono text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
        <span>{path}</span>
        <span className="font-sans">{caption ?? 'the file this site runs'}</span>
      </figcaption>
      <div className="bg-white text-sm dark:bg-zinc-950 [&_pre]:max-h-[32rem]" dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  );
}

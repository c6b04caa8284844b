import 'server-only';
import { highlight, type CodeLanguage } from './highlight';
import { readRepoFile } from './source-files';

const languageOf: Record<string, CodeLanguage> = {
  '.ts': 'ts',
  '.tsx': 'tsx',
  '.mjs': 'js',
  '.js': 'js',
  '.py': 'python',
};

/** A repository file as a listing shows it: its text as read, and the code without trailing blank lines. */
export async function readListing(path: string) {
  const file = await readRepoFile(path);
  return {
    file,
    code: file.trimEnd(),
    language: languageOf[path.slice(path.lastIndexOf('.'))] ?? 'ts',
  };
}

/** The highlighted <pre> of a repository file, as every listing of it shows it. */
export async function highlightedListing(path: string): Promise<string> {
  const { code, language } = await readListing(path);
  return highlight(code, language);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same listing without colours: the highlighted <pre>'s own tag (classes, theme variables,
 * tabindex) around the bare code, so it has the same lines, font and height, at an eighth of the
 * bytes and with one element instead of one per token.
 */
export function plainListing(highlighted: string, code: string): string {
  const pre = /^<pre[^>]*>/.exec(highlighted)?.[0] ?? '<pre tabindex="0">';
  return `${pre}<code>${escapeHtml(code)}</code></pre>`;
}

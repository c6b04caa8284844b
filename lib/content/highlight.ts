import 'server-only';
import { createHighlighter, createJavaScriptRegexEngine, type Highlighter } from 'shiki';

import { CODE_THEMES } from './code-themes.mjs';

export type CodeLanguage = 'ts' | 'tsx' | 'js' | 'python' | 'shell' | 'json';

// One highlighter for the whole build: creating one loads grammars and themes.
let highlighter: Promise<Highlighter> | undefined;

// Highlighted HTML by language and code: the pages and the labs (which ask the server for their
// listings when they wake) show a fixed set of files, so each is highlighted once per process.
const highlighted = new Map<string, Promise<string>>();
const MAX_CACHED = 500;

/** HTML for `code`, coloured for both themes at once (CSS picks one). */
export function highlight(code: string, lang: CodeLanguage): Promise<string> {
  const key = `${lang}\n${code}`;
  let html = highlighted.get(key);
  if (!html) {
    if (highlighted.size >= MAX_CACHED) highlighted.clear();
    html = highlightNow(code, lang);
    highlighted.set(key, html);
    html.catch(() => highlighted.delete(key));
  }
  return html;
}

async function highlightNow(code: string, lang: CodeLanguage): Promise<string> {
  highlighter ??= createHighlighter({
    themes: Object.values(CODE_THEMES),
    langs: ['ts', 'tsx', 'js', 'python', 'shell', 'json'],
    engine: createJavaScriptRegexEngine(),
  });
  return (await highlighter).codeToHtml(code, {
    lang,
    themes: CODE_THEMES,
    defaultColor: false,
    // A scrollable <pre> must be reachable by keyboard to be scrolled without a mouse.
    transformers: [{ pre: (node) => void (node.properties.tabindex = 0) }],
  });
}

import 'server-only';
import { createHighlighter, createJavaScriptRegexEngine, type Highlighter } from 'shiki';

import { CODE_THEMES } from './code-themes.mjs';

export type CodeLanguage = 'ts' | 'tsx' | 'js' | 'python' | 'shell' | 'json';

// One highlighter for the whole build: creating one loads grammars and themes.
let highlighter: Promise<Highlighter> | undefined;

/** HTML for `code`, coloured for both themes at once (CSS picks one). */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
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

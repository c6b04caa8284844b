import { compile } from '@mdx-js/mdx';
import rehypePrettyCode from 'rehype-pretty-code';
import { describe, expect, it } from 'vitest';
import { CODE_THEMES } from '@/lib/content/code-themes.mjs';
import rehypeCodeHtml from './rehype-code-html.mjs';

const compiled = async (mdx: string) =>
  String(await compile(mdx, { rehypePlugins: [[rehypePrettyCode, { theme: CODE_THEMES, keepBackground: false }], rehypeCodeHtml] }));

describe('rehypeCodeHtml', () => {
  it('makes a highlighted block one CodePre with its data attributes and its inside as HTML', async () => {
    const js = await compiled('```python title="a.py"\nif x < y:\n    pass\n```\n');
    expect(js).toContain('_jsx(CodePre, {');
    expect(js).toContain('"data-language": "python"');
    expect(js).toMatch(/html: "<code data-language=\\"python\\"[^"]*.*<span data-line=\\"\\">/);
    // The code's text survives, escaped as HTML.
    expect(js).toContain('&#x3C;');
    expect(js).toContain('pass');
    // No token is an element of its own any more.
    expect(js).not.toContain('_components.span');
    // The title stays an element: CodeFigure reads it.
    expect(js).toContain('"data-rehype-pretty-code-title": ""');
  });

  it('leaves inline code and a <pre> that nothing highlighted alone', async () => {
    const js = await compiled('Some `inline` code.\n\n<pre>as written</pre>\n');
    expect(js).not.toContain('CodePre');
    expect(js).toContain('as written');
  });
});

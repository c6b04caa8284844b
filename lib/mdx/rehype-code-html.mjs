// @ts-check
// Rehype plugin run after rehype-pretty-code on every section's MDX: a highlighted block's <pre>
// becomes <CodePre html="…" data-language="…">, its inside one string of HTML. As JSX every
// token was an element: in the page's React payload and hydrated one by one, a third of a text
// page's elements. As a string it is one prop, set once; the HTML the reader gets is the same.
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

// rehype-pretty-code names its properties as HTML does (data-language); hast's own way is
// camelCase (dataLanguage): both are data attributes.
/** data-language or dataLanguage → data-language. @param {string} name */
const attributeName = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
/** @param {string} name */
const isData = (name) => /^data(-|[A-Z])/.test(name);

export default function rehypeCodeHtml() {
  /** @param {import('hast').Root} tree */
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const highlighted = node.children.some((child) => child.type === 'element' && child.tagName === 'code' && Object.keys(child.properties).some((name) => attributeName(name) === 'data-language'));
      if (!highlighted) return;
      const attributes = Object.entries(node.properties)
        .filter(([name]) => isData(name))
        .map(([name, value]) => ({ type: 'mdxJsxAttribute', name: attributeName(name), value: String(value) }));
      attributes.push({ type: 'mdxJsxAttribute', name: 'html', value: toHtml(node.children) });
      // An MDX JSX node, which hast's types do not list.
      parent.children[index] = /** @type {any} */ ({ type: 'mdxJsxFlowElement', name: 'CodePre', attributes, children: [] });
      return 'skip';
    });
  };
}

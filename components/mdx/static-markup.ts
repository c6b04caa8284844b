import { isValidElement, type ReactNode } from 'react';

// A highlighted code block is hundreds of <span>s. Sent as elements, each is a node in the page's
// React payload and one more thing to hydrate; sent as one HTML string, the browser builds the
// same DOM and React skips it. This writes that string for the plain trees MDX makes of a code
// block, and gives up (null) on anything React would have to run.

const NAMES: Record<string, string> = { className: 'class', tabIndex: 'tabindex' };
const VOID = new Set(['br', 'hr', 'img', 'wbr']);

// React escapes text and attribute values alike.
const escape = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

/** `{ display: 'grid', '--shiki-light': '#0E1116' }` as a style attribute, as React writes it. */
function styleText(style: object): string {
  return Object.entries(style)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(
      ([key, value]) =>
        `${key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}`,
    )
    .join(';');
}

/**
 * The HTML React would render for `node`, when it holds only host elements (span, code, …) with
 * plain attributes and text; null when it holds a component, an event handler (a function or an
 * on… string), a ref or an attribute React would rename in a way this does not know.
 */
export function staticMarkup(node: ReactNode): string | null {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escape(String(node));
  if (Array.isArray(node)) {
    let html = '';
    for (const child of node as ReactNode[]) {
      const part = staticMarkup(child);
      if (part === null) return null;
      html += part;
    }
    return html;
  }
  if (!isValidElement<Record<string, unknown>>(node) || typeof node.type !== 'string') return null;
  let attributes = '';
  let children = '';
  for (const [key, value] of Object.entries(node.props)) {
    if (key === 'children') {
      const inner = staticMarkup(value as ReactNode);
      if (inner === null) return null;
      children = inner;
      continue;
    }
    if (value === null || value === undefined || value === false) continue;
    const name = NAMES[key] ?? key;
    // An on… attribute would be a script in the HTML, where React would refuse a string handler.
    if (typeof value === 'function' || !/^[a-z][a-z0-9-]*$/.test(name) || name.startsWith('on'))
      return null;
    if (typeof value === 'object' && key !== 'style') return null;
    // A `true` data-/aria- attribute is the string "true"; any other is present and empty.
    const text =
      typeof value === 'object'
        ? styleText(value)
        : value === true && !/^(data|aria)-/.test(name)
          ? ''
          : String(value);
    attributes += ` ${name}="${escape(text)}"`;
  }
  if (VOID.has(node.type)) return children === '' ? `<${node.type}${attributes}/>` : null;
  return `<${node.type}${attributes}>${children}</${node.type}>`;
}

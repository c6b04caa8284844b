// Remark plugin run on every section's MDX. It gives headings stable ids, exports the
// table of contents and the slide list, and wraps the content in <Slide> elements so the
// same file renders as a reading page (Slide is a fragment there) or as a slide deck.
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { valueToEstree } from 'estree-util-value-to-estree';

/** @typedef {{ depth: 2 | 3, id: string, title: string }} TocEntry */
/** @typedef {{ id: string, title: string }} SlideEntry */

const SLIDE = 'Slide';
const SLIDE_BREAK = 'SlideBreak';

/** @param {string} name @param {unknown} value */
function exportConst(name, value) {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            source: null,
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [
                {
                  type: 'VariableDeclarator',
                  id: { type: 'Identifier', name },
                  init: valueToEstree(value),
                },
              ],
            },
          },
        ],
      },
    },
  };
}

/** @param {SlideEntry & { index: number }} slide @param {any[]} children */
function slideElement(slide, children) {
  return {
    type: 'mdxJsxFlowElement',
    name: SLIDE,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: slide.id },
      { type: 'mdxJsxAttribute', name: 'title', value: slide.title },
      { type: 'mdxJsxAttribute', name: 'index', value: String(slide.index) },
    ],
    children,
  };
}

/** @param {any} node */
const isEsm = (node) => node.type === 'mdxjsEsm';
/** @param {any} node */
const isSlideBreak = (node) => node.type === 'mdxJsxFlowElement' && node.name === SLIDE_BREAK;

/** @returns {(tree: any) => void} */
export default function remarkSection() {
  return (tree) => {
    const slugger = new GithubSlugger();
    /** @type {TocEntry[]} */
    const toc = [];
    /** @type {SlideEntry[]} */
    const slides = [{ id: 'top', title: 'Introduction' }];
    /** @type {any[][]} */
    const slideChildren = [[]];
    const esm = [];

    for (const node of tree.children) {
      if (isEsm(node)) {
        esm.push(node);
        continue;
      }
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        const title = toString(node);
        const id = slugger.slug(title);
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
        toc.push({ depth: node.depth, id, title });
        if (node.depth === 2) {
          slides.push({ id, title });
          slideChildren.push([]);
        }
      } else if (isSlideBreak(node)) {
        // A manual cut continues the current topic, so it keeps the heading's title.
        const title = node.attributes?.find((/** @type {any} */ a) => a.name === 'title')?.value;
        const current = slides[slides.length - 1];
        slides.push({ id: `${current.id}-${slides.length}`, title: title ?? current.title });
        slideChildren.push([]);
        continue;
      }
      slideChildren[slideChildren.length - 1].push(node);
    }

    // Empty slides (a heading straight after a cut) are dropped; indexes stay dense.
    const kept = slides
      .map((slide, i) => ({ ...slide, children: slideChildren[i] }))
      .filter((slide) => slide.children.length > 0);
    tree.children = [
      ...esm,
      exportConst('toc', toc),
      exportConst(
        'slides',
        kept.map(({ id, title }) => ({ id, title })),
      ),
      ...kept.map((slide, index) => slideElement({ ...slide, index }, slide.children)),
    ];
  };
}

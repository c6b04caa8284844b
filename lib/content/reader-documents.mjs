// @ts-check
// Reads a section's MDX source for what the reader-facing extras need: one search document per
// heading (its prose, without code, imports or speaker notes) and the runnable Python programs
// it shows. Heading ids are made exactly as lib/mdx/remark-section.mjs makes them (github-slugger
// over the top-level h2/h3 headings, in order), so a search result's anchor is the page's id.
import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { downloadName } from './downloads.mjs';

/** @typedef {{ id: string, slug: string, section: string, heading: string, anchor: string, text: string }} SearchDocument */
/** @typedef {{ name: string, text: string } | { name: string, path: string }} Download */

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

// Not prose a reader sees on the page: code, ESM, expressions, and the slide-only parts.
const SKIPPED_TYPES = new Set([
  'code',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
]);
const SKIPPED_ELEMENTS = new Set(['Notes', 'SlideBreak']);

/**
 * The visible text of a node, with code blocks and JSX attributes other than titles left out.
 * @param {any} node
 * @returns {string}
 */
function proseOf(node) {
  if (!node || SKIPPED_TYPES.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (SKIPPED_ELEMENTS.has(node.name)) return '';
    const title = node.attributes?.find(
      (/** @type {any} */ a) => a.name === 'title' && typeof a.value === 'string',
    )?.value;
    return [title, ...(node.children ?? []).map(proseOf)].filter(Boolean).join(' ');
  }
  return (node.children ?? [])
    .map(proseOf)
    .join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
}

const squash = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();
const isTocHeading = (/** @type {any} */ node) =>
  node.type === 'heading' && (node.depth === 2 || node.depth === 3);

/**
 * One document per h2/h3 heading (and one for the text above the first), in page order.
 * @param {string} source
 * @param {{ slug: string, title: string }} section
 */
export function searchDocuments(source, { slug, title }) {
  const tree = processor.parse(source);
  const slugger = new GithubSlugger();
  /** @type {SearchDocument[]} */
  const documents = [];
  let current = { heading: title, anchor: '', parts: /** @type {string[]} */ ([]) };
  const flush = () => {
    const text = squash(current.parts.join(' '));
    if (text || current.anchor) {
      documents.push({
        id: `${slug}#${current.anchor}`,
        slug,
        section: title,
        heading: current.heading,
        anchor: current.anchor,
        text,
      });
    }
  };
  for (const node of tree.children) {
    if (isTocHeading(node)) {
      flush();
      const heading = toString(node);
      current = { heading, anchor: slugger.slug(heading), parts: [] };
    } else current.parts.push(proseOf(node));
  }
  flush();
  return documents;
}

/** The ids of the page's h2/h3 headings, as remark-section gives them. @param {string} source */
export function headingIds(source) {
  const slugger = new GithubSlugger();
  return processor
    .parse(source)
    .children.filter(isTocHeading)
    .map((node) => slugger.slug(toString(node)));
}

/**
 * Each lab component used on the page (`<FetchExperiment />`, `<GilLab />`…) with the id of the
 * h2/h3 heading above it.
 * @param {string} source
 * @param {(name: string | null) => boolean} isLab
 */
export function labPlacements(source, isLab) {
  const slugger = new GithubSlugger();
  /** @type {{ name: string, anchor: string | null }[]} */
  const found = [];
  /** @type {string | null} */
  let anchor = null;
  for (const node of processor.parse(source).children) {
    if (isTocHeading(node)) anchor = slugger.slug(toString(node));
    else if (node.type === 'mdxJsxFlowElement' && isLab(node.name))
      found.push({ name: String(node.name), anchor });
  }
  return found;
}

/**
 * The repository file a `<SourceFile path="…">` node shows, or null for any other node.
 * @param {any} node
 * @returns {string | null}
 */
function sourceFilePath(node) {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'SourceFile') return null;
  const path = node.attributes?.find((/** @type {any} */ a) => a.name === 'path')?.value;
  return typeof path === 'string' ? path : null;
}

/**
 * The repository files the page shows in `<SourceFile>` listings, in page order.
 * @param {string} source
 * @returns {string[]}
 */
export function sourceFilesOf(source) {
  /** @type {string[]} */
  const paths = [];
  /** @param {any} node */
  const visit = (node) => {
    const path = sourceFilePath(node);
    if (path) paths.push(path);
    for (const child of node.children ?? []) visit(child);
  };
  visit(processor.parse(source));
  return paths;
}

/**
 * The downloadable Python programs the page shows: titled code blocks and .py listings.
 * @param {string} source
 */
export function downloadsOf(source) {
  const tree = processor.parse(source);
  /** @type {Download[]} */
  const downloads = [];
  /** @param {any} node */
  const visit = (node) => {
    if (node.type === 'code' && node.lang === 'python') {
      const title = /(?:^|\s)title="([^"]+)"/.exec(node.meta ?? '')?.[1];
      const name = title ? downloadName(title) : null;
      if (name) downloads.push({ name, text: `${node.value}\n` });
    } else {
      const path = sourceFilePath(node);
      const name = path?.endsWith('.py') ? downloadName(path) : null;
      if (path && name) downloads.push({ name, path });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return downloads;
}

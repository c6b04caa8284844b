// @ts-check
// The Python programs a reader can download: a code block whose title is a bare file name
// (```python title="slow_upstream.py"```) or a <SourceFile> of a .py file. scripts/reader-files.mjs
// writes each one to public/downloads/ when the site is built; the pages link to the same URL.

const DOWNLOADABLE = /^[\w-]+\.py$/;

/**
 * The file name a block titled `title` (or a listing of `path`) downloads as, or null.
 * @param {string} titleOrPath
 * @returns {string | null}
 */
export function downloadName(titleOrPath) {
  const name = String(titleOrPath).split('/').pop() ?? '';
  return DOWNLOADABLE.test(name) ? name : null;
}

/** The URL a download link points at. @param {string} name */
export const downloadHref = (name) => `/downloads/${name}`;

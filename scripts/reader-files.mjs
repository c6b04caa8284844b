// Before `next build` (and `next dev`): writes the files the reading pages fetch or link to
// from the MDX sources. public/search-index.json holds one document per heading for the site
// search; public/downloads/ holds the Python programs the pages offer as downloads. Both are
// generated, never edited by hand (and ignored by git).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { downloadsOf, searchDocuments } from '../lib/content/reader-documents.mjs';

const root = path.join(import.meta.dirname, '..');
// sections.ts is TypeScript; its slugs and titles are read from the source text.
const sectionsSource = readFileSync(path.join(root, 'content', 'sections.ts'), 'utf8');
const sections = [
  ...sectionsSource.matchAll(/slug: '([^']+)',\s*title: (?:'([^']*)'|"([^"]*)")/g),
].map((m) => ({ slug: m[1], title: m[2] ?? m[3] }));
if (sections.length === 0)
  throw new Error('reader-files: no sections found in content/sections.ts');

const documents = [];
const downloads = new Map();
for (const section of sections) {
  const source = readFileSync(path.join(root, 'content', `${section.slug}.mdx`), 'utf8');
  documents.push(...searchDocuments(source, section));
  for (const download of downloadsOf(source)) {
    const earlier = downloads.get(download.name);
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(download))
      throw new Error(`reader-files: two different programs named ${download.name}`);
    downloads.set(download.name, download);
  }
}

const publicDir = path.join(root, 'public');
writeFileSync(path.join(publicDir, 'search-index.json'), JSON.stringify(documents));
const downloadDir = path.join(publicDir, 'downloads');
rmSync(downloadDir, { recursive: true, force: true });
mkdirSync(downloadDir, { recursive: true });
for (const download of downloads.values()) {
  const target = path.join(downloadDir, download.name);
  if ('text' in download) writeFileSync(target, download.text);
  else copyFileSync(path.join(root, download.path), target);
}
console.log(`reader-files: ${documents.length} search documents, ${downloads.size} downloads`);

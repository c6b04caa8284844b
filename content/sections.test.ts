import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sections } from './sections';

const contentDir = path.join(__dirname);

describe('content/sections.ts', () => {
  it('lists exactly the MDX files in content/, in a stable order', () => {
    const files = readdirSync(contentDir)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.replace(/\.mdx$/, ''))
      .sort();
    expect(sections.map((s) => s.slug).sort()).toEqual(files);
  });

  // Reading pages are one file per section (see components/site/section-page.tsx), not a
  // [section] route, so a new section needs its own page file.
  it('has a reading page for every section', () => {
    const missing = sections.filter(
      (s) => !existsSync(path.join(contentDir, '..', 'app', '(site)', s.slug, 'page.tsx')),
    );
    expect(missing.map((s) => s.slug)).toEqual([]);
  });

  it('has unique slugs and titles', () => {
    expect(new Set(sections.map((s) => s.slug)).size).toBe(sections.length);
    expect(new Set(sections.map((s) => s.title)).size).toBe(sections.length);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingIds, labPlacements } from '@/lib/content/reader-documents.mjs';
import { sections as sectionList, type Section } from './sections';

const sections: readonly Section[] = sectionList;

// A lab is a component that runs something on the server: the same rule scripts/budgets.mjs uses
// to tell experiment pages from text pages.
const isLab = (name: string | null) =>
  name !== null && /^(FetchExperiment|\w+Lab|DjangoLiveDemo)$/.test(name);
const sourceOf = (slug: string) => readFileSync(path.join(__dirname, `${slug}.mdx`), 'utf8');

describe('the labs listed in content/sections.ts (the home page map)', () => {
  it.each(sections.map((s) => [s.slug, s] as const))(
    '%s lists every lab its page uses, under the heading it sits under',
    (slug, section) => {
      const placed = labPlacements(sourceOf(slug), isLab);
      expect(section.labs.map((lab) => lab.id)).toEqual(placed.map((lab) => lab.name));
      expect(section.labs.map((lab) => lab.anchor)).toEqual(placed.map((lab) => lab.anchor));
    },
  );

  it.each(sections.map((s) => [s.slug, s] as const))(
    'every lab anchor in %s is a heading id of the page',
    (slug, section) => {
      const ids = headingIds(sourceOf(slug));
      for (const lab of section.labs) expect(ids, lab.id).toContain(lab.anchor);
    },
  );

  it('gives every lab a name and one line of what it measures', () => {
    for (const lab of sections.flatMap((s) => s.labs)) {
      expect(lab.name.length, lab.id).toBeGreaterThan(3);
      expect(lab.measures, lab.id).toMatch(/^[A-Z].{20,160}\.$/);
      expect(lab.measures, lab.id).not.toContain('\n');
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sections } from './sections';

// Content checks for the learning path and the text itself: every section opens with goals and
// ends with a recap and challenges, no page calls an old Django current, Concurrent I/O stays
// short, and the lab harness is described only inside the "How this lab measures" blocks.

const read = (slug: string) => readFileSync(path.join(__dirname, `${slug}.mdx`), 'utf8');
const pages = sections.map((section) => ({ slug: section.slug, source: read(section.slug) }));

/** The blocks between `<Name …>` and `</Name>`, in order. */
function blocks(source: string, name: string): string[] {
  return [...source.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map(
    (match) => match[1],
  );
}

const withoutCode = (source: string) => source.replace(/^```[\s\S]*?^```/gm, ' ');
const withoutBlocks = (source: string, name: string) =>
  source.replace(new RegExp(`<${name}(?:\\s[^>]*)?>[\\s\\S]*?</${name}>`, 'g'), ' ');

/**
 * The words a reader reads: code blocks, import/export lines, the list of sources and JSX tags
 * (with their attributes) are dropped; text inside components such as callouts still counts.
 */
function proseWords(source: string): number {
  const prose = withoutBlocks(withoutCode(source), 'Sources')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']') // a link counts by its text, not its address
    .replace(/[#*_`|>[\]-]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('the learning path on every section', () => {
  it.each(pages)('$slug opens with a "You will learn" list', ({ source }) => {
    const goals = blocks(source, 'YouWillLearn');
    expect(goals).toHaveLength(1);
    expect(goals[0].match(/^\s*- /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    // It comes before the first heading, so it is the first thing a reader sees.
    expect(source.indexOf('<YouWillLearn')).toBeLessThan(source.search(/^## /m));
  });

  it.each(pages)('$slug ends with a recap of 3–5 points', ({ source }) => {
    const recaps = blocks(source, 'Recap');
    expect(recaps).toHaveLength(1);
    const points = recaps[0].match(/^\s*- /gm)?.length ?? 0;
    expect(points).toBeGreaterThanOrEqual(3);
    expect(points).toBeLessThanOrEqual(5);
    // It closes the page: after the body, before the list of sources.
    expect(source.indexOf('<Recap>')).toBeGreaterThan(source.length / 2);
    expect(source.indexOf('<Recap>')).toBeLessThan(source.indexOf('## Sources'));
  });

  it.each(pages)('$slug has 2–3 challenges, each with a hidden answer', ({ source }) => {
    const challenges = blocks(source, 'Challenge');
    expect(challenges.length).toBeGreaterThanOrEqual(2);
    expect(challenges.length).toBeLessThanOrEqual(3);
    for (const challenge of challenges) {
      const answers = blocks(challenge, 'Answer');
      expect(answers).toHaveLength(1);
      expect(answers[0].trim().length).toBeGreaterThan(20);
      // The question comes before the answer, so there is something to answer.
      expect(challenge.indexOf('<Answer>')).toBeGreaterThan(20);
    }
  });
});

describe('the text as of December 2026', () => {
  it.each(pages)('$slug does not call Django 6.0 (or older) current', ({ source }) => {
    expect(source).not.toMatch(/Django [1-6]\.0 is (the )?(current|latest|newest)/i);
    expect(source).not.toMatch(
      /(current|latest|newest) (Django|release)( release)?( is|:)? (Django )?6\.0\b/i,
    );
  });

  it('names Django 6.1 as the current release somewhere', () => {
    expect(pages.some(({ source }) => /Django 6\.1[^.]*current/i.test(source))).toBe(true);
  });
});

describe('text about concurrency, not about the harness', () => {
  it('keeps Concurrent I/O to 2,600 words of prose', () => {
    expect(proseWords(read('concurrent-io'))).toBeLessThanOrEqual(2600);
  });

  it('counts prose words, not code or markup', () => {
    const sample = [
      "import { X } from '@/x'",
      'Two words.',
      '```python',
      'print("not counted")',
      '```',
      '<Callout kind="note" title="ignored">Three more words</Callout>',
      '<Sources>',
      '- [a source](https://example.com)',
      '</Sources>',
    ].join('\n');
    expect(proseWords(sample)).toBe(5);
  });

  it.each(pages)(
    '$slug names harness internals only inside "How this lab measures"',
    ({ source }) => {
      const outside = withoutBlocks(withoutCode(source), 'LabMeasures');
      expect(outside).not.toMatch(/undici|piscina|Atomics|dispatch\(/i);
    },
  );

  it.each(pages)(
    '$slug has at most one "How this lab measures" block per lab, each ≤ 250 words',
    ({ source }) => {
      const labs = source.match(/^<[A-Z]\w*(Lab|Experiment|Demo) \/>/gm)?.length ?? 0;
      const measures = blocks(source, 'LabMeasures');
      expect(measures.length).toBeLessThanOrEqual(labs);
      for (const block of measures) expect(proseWords(block)).toBeLessThanOrEqual(250);
    },
  );
});

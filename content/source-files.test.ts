import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ioStrategies } from '@/labs/io/strategies';
import { CPYTHON_SOURCE_FILES } from '@/labs/io/engine/cpython-engine';
import { labClosureOf } from '@/test/source-closure';
import { sections } from './sections';

const root = path.join(__dirname, '..');
const shownIn = (slug: string) =>
  [
    ...readFileSync(path.join(__dirname, `${slug}.mdx`), 'utf8').matchAll(
      /<SourceFile\s+path="([^"]+)"/g,
    ),
  ].map((m) => m[1]);

describe('code shown on the pages', () => {
  it('the Concurrent I/O page shows every file each strategy runs', () => {
    const shown = shownIn('concurrent-io');
    for (const { sourceFiles } of Object.values(ioStrategies)) {
      for (const file of sourceFiles) expect(shown).toContain(file);
    }
  });

  it('…and every Python program the CPython engine runs', () => {
    const shown = shownIn('concurrent-io');
    for (const file of Object.values(CPYTHON_SOURCE_FILES)) expect(shown).toContain(file);
  });

  it('…and every labs/io file those load, down to the HTTP call (timedFetch, getJson)', () => {
    const shown = shownIn('concurrent-io');
    const loaded = Object.values(ioStrategies).flatMap(({ sourceFiles }) =>
      sourceFiles.flatMap((file) => [...labClosureOf(file, 'labs/io')]),
    );
    // The shared-memory layout's slot numbers decide nothing about timing.
    const plumbing = new Set(['labs/io/workers/run-memory.mjs']);
    expect(loaded).toContain('labs/io/workers/get-json.mjs');
    for (const file of loaded.filter((f) => !plumbing.has(f))) expect(shown, file).toContain(file);
  });

  it.each(sections.map((s) => s.slug))(
    'every <SourceFile> in %s names a file that exists',
    (slug) => {
      for (const file of shownIn(slug)) expect(existsSync(path.join(root, file)), file).toBe(true);
    },
  );
});

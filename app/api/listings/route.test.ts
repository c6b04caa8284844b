import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listingName, pageListings } from '@/lib/content/page-listings';
import { sourceFilesOf } from '@/lib/content/reader-documents.mjs';
import { GET, generateStaticParams } from './[name]/route';

const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
/** The text of an HTML fragment: tags dropped, character references decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (_, hex, dec, name) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : NAMED[name],
    );

const get = (name: string) =>
  GET(new Request(`http://lab/api/listings/${name}`), { params: Promise.resolve({ name }) });

describe('/api/listings/<name>', () => {
  it('has one name for every file a section lists, and serves nothing else', () => {
    const files = readdirSync('content')
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => sourceFilesOf(readFileSync(`content/${f}`, 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    expect(new Set(generateStaticParams().map((p) => pageListings().get(p.name)))).toEqual(
      new Set(files),
    );
  });

  it('serves a listing highlighted, the same file the page shows plain', async () => {
    const file = 'labs/io/workers/sequential.py';
    const response = await get(listingName(file));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<pre class="shiki/);
    expect(html).toContain('--shiki-dark:');
    expect(textOf(html)).toBe(readFileSync(file, 'utf8').trimEnd());
  });

  it('answers 404 for a name not on the list, a path among them', async () => {
    for (const name of ['labs/io/workers/sequential.py', '..-package.json', 'package.json'])
      expect((await get(name)).status).toBe(404);
  });
});

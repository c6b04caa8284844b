import { describe, expect, it } from 'vitest';
import { downloadsOf, headingIds, searchDocuments, sourceFilesOf } from './reader-documents.mjs';

const source = [
  "import { GilLab } from '@/labs/gil'",
  '',
  'Intro with `inline_code` and a [link](https://example.com).',
  '',
  '## The `sync_to_async` helper',
  '',
  '<Callout kind="note" title="a callout title">',
  'Callout **prose**.',
  '</Callout>',
  '',
  '```python title="run_me.py"',
  'print("code is not indexed")',
  '```',
  '',
  '<Notes>',
  'Speaker notes are not on the page.',
  '</Notes>',
  '',
  '### Again',
  '',
  '## Again',
  '',
  '<GilLab />',
  '<SourceFile path="labs/gil/workers/work.py" />',
  '<SourceFile path="labs/io/workers/get-json.mjs" />',
  '',
  '<CodeTabs>',
  '<CodeTab label="Python">',
  '<SourceFile path="labs/io/workers/threads.py" slide="fetch_all" />',
  '</CodeTab>',
  '</CodeTabs>',
].join('\n');

describe('searchDocuments', () => {
  const docs = searchDocuments(source, { slug: 'demo', title: 'Demo' });

  it('makes one document per h2/h3 (and one for the intro), with the ids remark-section gives', () => {
    expect(docs.map((d) => [d.heading, d.anchor])).toEqual([
      ['Demo', ''],
      ['The sync_to_async helper', 'the-sync_to_async-helper'],
      ['Again', 'again'],
      ['Again', 'again-1'],
    ]);
    expect(headingIds(source)).toEqual(['the-sync_to_async-helper', 'again', 'again-1']);
    expect(docs[1]).toMatchObject({
      id: 'demo#the-sync_to_async-helper',
      slug: 'demo',
      section: 'Demo',
    });
  });

  it('keeps prose, inline code and callout titles; drops code blocks, imports and speaker notes', () => {
    expect(docs[0].text).toBe('Intro with inline_code and a link.');
    expect(docs[1].text).toBe('a callout title Callout prose.');
    expect(docs.map((d) => d.text).join(' ')).not.toMatch(/print|import|Speaker/);
  });
});

describe('downloadsOf', () => {
  it('offers Python blocks titled with a bare file name and .py listings, nothing else', () => {
    expect(downloadsOf(source)).toEqual([
      { name: 'run_me.py', text: 'print("code is not indexed")\n' },
      { name: 'work.py', path: 'labs/gil/workers/work.py' },
      { name: 'threads.py', path: 'labs/io/workers/threads.py' },
    ]);
  });
});

describe('sourceFilesOf', () => {
  it('lists the file of every SourceFile, nested ones too, and nothing from code blocks', () => {
    const withCode = `${source}\n\n\`\`\`mdx\n<SourceFile path="not/a/listing.py" />\n\`\`\`\n`;
    expect(sourceFilesOf(withCode)).toEqual([
      'labs/gil/workers/work.py',
      'labs/io/workers/get-json.mjs',
      'labs/io/workers/threads.py',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportedDeclaration } from './excerpt';

const source = [
  "import { x } from './x';",
  '',
  '/** Docs. */',
  'export async function* run(a) {',
  '  if (a) {',
  '    return;',
  '  }',
  '}',
  '',
  'export const other = () => {',
  '  return 1;',
  '};',
].join('\n');

describe('exportedDeclaration', () => {
  it('takes an exported function from its export line to its closing brace at column 0', () => {
    expect(exportedDeclaration(source, 'run')).toEqual({
      text: 'export async function* run(a) {\n  if (a) {\n    return;\n  }\n}',
      from: 4,
      to: 8,
    });
    expect(exportedDeclaration(source, 'other')).toMatchObject({ from: 10, to: 12 });
  });

  it('throws for a name that is not exported, or a prefix of one', () => {
    expect(() => exportedDeclaration(source, 'missing')).toThrow(/no exported declaration/);
    expect(() => exportedDeclaration(source, 'ru')).toThrow(/no exported declaration/);
  });

  it('finds the pool thread loop in the worker file the site runs', () => {
    const worker = exportedDeclaration(
      readFileSync('labs/io/workers/fetch-worker.mjs', 'utf8'),
      'workThroughQueue',
    );
    expect(worker.text).toMatch(/^export default async function workThroughQueue/);
    expect(worker.text).toMatch(/queue\.take\(\)[\s\S]*port\.close\(\);\n\}$/);
  });
});

describe('a Python definition', () => {
  it('runs from its def to its last indented line', () => {
    const source =
      'import x\n\n\nasync def fetch_all(a):\n    b = 1\n\n    return b\n\n\ndef main():\n    pass\n';
    expect(exportedDeclaration(source, 'fetch_all')).toEqual({
      text: 'async def fetch_all(a):\n    b = 1\n\n    return b',
      from: 4,
      to: 7,
    });
    expect(exportedDeclaration(source, 'main').text).toBe('def main():\n    pass');
  });
});

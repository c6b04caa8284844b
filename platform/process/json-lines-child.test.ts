import { describe, expect, it } from 'vitest';
import { jsonLinesOf } from './json-lines-child';

const limits = () => ({ signal: new AbortController().signal, timeoutMs: 10_000 });
const node = (script: string) => [process.execPath, ['-e', script]] as const;

async function collect(lines: AsyncIterable<unknown>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

describe('jsonLinesOf', () => {
  it('yields each JSON line the child prints, skipping blank ones', async () => {
    const [command, args] = node(
      'console.log(JSON.stringify({ a: 1 })); console.log(""); console.log("[2]")',
    );
    expect(await collect(jsonLinesOf(command, args, limits()))).toEqual([{ a: 1 }, [2]]);
  });

  it('fails with the end of stderr when the child exits non-zero', async () => {
    const [command, args] = node('console.error("something broke"); process.exit(3)');
    await expect(collect(jsonLinesOf(command, args, limits()))).rejects.toThrow(
      /exited with 3: something broke/,
    );
  });

  it('fails when the command cannot be started', async () => {
    await expect(collect(jsonLinesOf('/nonexistent/interpreter', [], limits()))).rejects.toThrow(
      /ENOENT/,
    );
  });

  it('kills and reaps the child when the consumer stops early', async () => {
    let pid = 0;
    const [command, args] = node('console.log("{}"); setInterval(() => {}, 1000)');
    for await (const _line of jsonLinesOf(command, args, {
      ...limits(),
      onSpawn: (spawned) => (pid = spawned),
    }))
      break;
    expect(pid).toBeGreaterThan(0);
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });
});

import { existsSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LABS } from './registry';

// The layout's import rules live in eslint.config.mjs (import/no-restricted-paths). These cases
// lint one line of code as if it stood in a file of the layout, so a rule that stopped firing,
// or one that fired on an allowed import, fails here as well as in `npm run lint`.
const eslint = new ESLint();

async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = value;\n`, { filePath });
  return result.messages
    .filter((m) => m.ruleId === 'import/no-restricted-paths')
    .map((m) => m.message);
}

describe('the layout’s boundaries', { timeout: 60_000 }, () => {
  it('a lab never imports another lab', async () => {
    const found = await crossings(
      'labs/io/ui/probe.ts',
      "import { CPU_LIMITS as value } from '@/labs/gil/params';",
    );
    expect(found).toEqual([expect.stringContaining('A lab never imports another lab')]);
  });

  it('a lab’s browser parts never import its engine', async () => {
    const found = await crossings(
      'labs/io/ui/probe.ts',
      "import { ioInfo as value } from '@/labs/io/engine/info';",
    );
    expect(found).toEqual([expect.stringContaining('never imports the server engine')]);
  });

  it('the platform knows no lab', async () => {
    const found = await crossings(
      'platform/http/probe.ts',
      "import { IO_LIMITS as value } from '@/labs/io/limits';",
    );
    expect(found).toEqual([expect.stringContaining('The platform knows no lab')]);
  });

  it('a lab may import its own contract, the platform and the shell', async () => {
    const code = [
      "import { IO_LIMITS } from '@/labs/io/limits';",
      "import { now } from '@/platform/runs/clock.mjs';",
      "import { RunControls } from '@/components/lab-shell/run-controls';",
      'const value = [IO_LIMITS, now, RunControls];',
    ].join('\n');
    expect(
      await crossings('labs/io/ui/probe.ts', code.replace(/^const/m, 'export const all =')),
    ).toEqual([]);
  });

  it('covers every lab folder of the registry, each with its entry and contract', async () => {
    const config = await eslint.calculateConfigForFile('labs/io/ui/probe.ts');
    const zones = config.rules['import/no-restricted-paths'][1].zones as { target: string }[];
    for (const folder of new Set(LABS.map((lab) => lab.folder))) {
      expect(zones.map((zone) => zone.target)).toContain(`./labs/${folder}`);
      expect(existsSync(`labs/${folder}/index.tsx`), `labs/${folder}/index.tsx`).toBe(true);
      expect(existsSync(`labs/${folder}/contract.ts`), `labs/${folder}/contract.ts`).toBe(true);
    }
  });
});

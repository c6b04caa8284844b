'use server';

import type { ReactNode } from 'react';
import { SourceFile } from '@/components/mdx/source-file';
import { blockingModes } from '@/labs/blocking/modes';
import { BLOCKING_ENGINES, BLOCKING_MODES } from '@/labs/blocking/contract';
import { cpuSourceFiles } from '@/labs/gil/strategies';
import { CPU_ENGINES, CPU_STRATEGIES } from '@/labs/gil/contract';
import { byVariant } from '@/lib/experiments/by-variant';
import { RACE_SOURCE_FILES } from '@/labs/race/source-files';
import { SCALE_SOURCE_FILES } from '@/labs/scale/source-files';

// The code each lab shows beside its runs, read and highlighted here, on the server, from the
// very files the runs load. It is the heaviest part of a lab (every engine and variant), so it
// is not in the page: a lab asks for it when it wakes (wake-near.tsx), with its panel's code.

/** One SourceFile per path; a list of files that several variants share is rendered once. */
function listings<K extends string>(files: Record<K, readonly string[]>): Record<K, ReactNode> {
  const rendered = new Map<string, ReactNode>();
  return Object.fromEntries(
    Object.entries<readonly string[]>(files).map(([key, paths]) => {
      const id = paths.join('\n');
      if (!rendered.has(id))
        rendered.set(
          id,
          paths.map((path) => <SourceFile key={path} path={path} />),
        );
      return [key, rendered.get(id)];
    }),
  ) as Record<K, ReactNode>;
}

const CODE: Record<string, () => unknown> = {
  gil: () =>
    byVariant(CPU_ENGINES, (engine) =>
      byVariant(CPU_STRATEGIES, (strategy) =>
        cpuSourceFiles[engine][strategy].map((path) => <SourceFile key={path} path={path} />),
      ),
    ),
  blocking: () => {
    const files = { node: 'sourceFiles', cpython: 'pythonFiles' } as const;
    return byVariant(BLOCKING_ENGINES, (engine) =>
      byVariant(BLOCKING_MODES, (mode) =>
        blockingModes[mode][files[engine]].map((path) => <SourceFile key={path} path={path} />),
      ),
    );
  },
  race: () => listings(RACE_SOURCE_FILES),
  scale: () => listings(SCALE_SOURCE_FILES),
  'django-real': () => (
    <>
      <SourceFile
        path="labs/django/workers/mysite/mysite/views.py"
        caption="the essay’s views, as Django runs them here"
      />
      <SourceFile path="labs/django/workers/mysite/mysite/urls.py" caption="the essay’s URLs" />
    </>
  ),
};

/** The code lab `lab` shows, highlighted: React trees rendered on the server, by variant. */
export async function labCode(lab: string): Promise<unknown> {
  const code = Object.hasOwn(CODE, lab) ? CODE[lab] : undefined;
  if (!code) throw new Error(`No lab is called ${JSON.stringify(lab).slice(0, 40)}`);
  return code();
}

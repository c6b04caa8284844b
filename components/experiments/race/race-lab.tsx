import type { ReactNode } from 'react';
import { SourceFile } from '@/components/mdx/source-file';
import { RACE_LIMITS } from '@/lib/race/params';
import { RACE_SOURCE_FILES, type RaceCodeKey } from '@/lib/race/source-files';
import { RaceLabLazy } from './race-lab-lazy';

/**
 * The race lab as used in MDX (`<RaceLab />`). On the server it reads the files each
 * configuration runs (from RACE_SOURCE_FILES, so the shown code is the run code) and the
 * server's bounds, and hands both to the client panel. The panel reads its settings from the
 * URL, so it renders in the browser; the fallback keeps its space while it loads.
 */
export function RaceLab() {
  // CPython runs one script for both strategies: render each distinct list of files once.
  const rendered = new Map<string, ReactNode>();
  const code = Object.fromEntries(
    Object.entries(RACE_SOURCE_FILES).map(([key, files]) => {
      const id = files.join('\n');
      if (!rendered.has(id))
        rendered.set(
          id,
          files.map((file) => <SourceFile key={file} path={file} />),
        );
      return [key, rendered.get(id)];
    }),
  ) as Record<RaceCodeKey, ReactNode>;
  return (
    <RaceLabLazy
      code={code}
      bounds={{
        maxWorkers: RACE_LIMITS.maxWorkers,
        maxTransfers: RACE_LIMITS.maxTransfers,
        maxRunMs: RACE_LIMITS.maxRunMs,
      }}
    />
  );
}

import type { ReactNode } from 'react';
import { SourceFile } from '@/components/mdx/source-file';
import { SCALE_LIMITS, SCALE_MAX_COUNT } from '@/lib/scale/params';
import { SCALE_SOURCE_FILES, type ScaleCodeKey } from '@/lib/scale/source-files';
import { ScaleLabLazy } from './scale-lab-lazy';

/**
 * The scale lab as used in MDX (`<ScaleLab />`). On the server it reads the child scripts each
 * configuration runs (from SCALE_SOURCE_FILES, so the shown code is the run code) and the
 * server's caps, and hands both to the client panel. The panel reads its settings from the
 * URL, so it renders in the browser; the fallback keeps its space while it loads.
 */
export function ScaleLab() {
  const code = Object.fromEntries(
    Object.entries(SCALE_SOURCE_FILES).map(([key, files]): [string, ReactNode] => [
      key,
      files.map((file) => <SourceFile key={file} path={file} />),
    ]),
  ) as Record<ScaleCodeKey, ReactNode>;
  return (
    <ScaleLabLazy
      code={code}
      bounds={{ maxCount: SCALE_MAX_COUNT, sleepMs: SCALE_LIMITS.sleepMs }}
    />
  );
}

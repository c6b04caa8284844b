import { SourceFile } from '@/components/mdx/source-file';
import { blockingModes } from '@/lib/blocking/modes';
import { BLOCKING_ENGINES, BLOCKING_MODES } from '@/lib/blocking/types';
import { byVariant } from '@/lib/experiments/by-variant';
import { BlockingLabLazy } from './blocking-lab-lazy';

/**
 * The blocking lab as used in MDX (`<BlockingLab />`). The code each mode runs is read and
 * highlighted here, on the server, from the very files the run loads (lib/blocking/modes.ts),
 * and handed to the panel, which loads and renders in the browser.
 */
export function BlockingLab() {
  const files = { node: 'sourceFiles', cpython: 'pythonFiles' } as const;
  const code = byVariant(BLOCKING_ENGINES, (engine) =>
    byVariant(BLOCKING_MODES, (mode) =>
      blockingModes[mode][files[engine]].map((path) => <SourceFile key={path} path={path} />),
    ),
  );
  return <BlockingLabLazy code={code} />;
}

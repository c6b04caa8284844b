import { SourceFile } from '@/components/mdx/source-file';
import { cpuSourceFiles } from '@/lib/cpu/strategies';
import { CPU_ENGINES, CPU_STRATEGIES } from '@/lib/cpu/types';
import { byVariant } from '@/lib/experiments/by-variant';
import { GilLabLazy } from './gil-lab-lazy';

/**
 * The GIL lab as used in MDX (`<GilLab />`). The code of each engine and strategy is read and
 * highlighted here, on the server, from the very files the engines run (lib/cpu/strategies.ts),
 * and handed to the panel, which loads and renders in the browser.
 */
export function GilLab() {
  const code = byVariant(CPU_ENGINES, (engine) =>
    byVariant(CPU_STRATEGIES, (strategy) =>
      cpuSourceFiles[engine][strategy].map((path) => <SourceFile key={path} path={path} />),
    ),
  );
  return <GilLabLazy code={code} />;
}

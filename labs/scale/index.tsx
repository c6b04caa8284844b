import { SCALE_LIMITS, SCALE_MAX_COUNT } from '@/labs/scale/params';
import { ScaleLabLazy } from './ui/scale-lab-lazy';

/**
 * The scale lab as used in MDX (`<ScaleLab />`). On the server it reads the server's caps and
 * hands them to the client panel, which loads when the reader comes near it, with the child
 * scripts each configuration runs (lab-code.tsx, so the shown code is the run code). The panel
 * reads its settings from the URL, so it renders in the browser; a placeholder keeps its space.
 */
export function ScaleLab() {
  return <ScaleLabLazy bounds={{ maxCount: SCALE_MAX_COUNT, sleepMs: SCALE_LIMITS.sleepMs }} />;
}

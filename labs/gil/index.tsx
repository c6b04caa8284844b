import { GilLabLazy } from './ui/gil-lab-lazy';

/**
 * The GIL lab as used in MDX (`<GilLab />`). The panel loads and renders in the browser when the
 * reader comes near it, with the code of each engine and strategy, highlighted on the server from
 * the very files the engines run (lab-code.tsx).
 */
export function GilLab() {
  return <GilLabLazy />;
}

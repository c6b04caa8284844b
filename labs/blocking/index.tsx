import { BlockingLabLazy } from './ui/blocking-lab-lazy';

/**
 * The blocking lab as used in MDX (`<BlockingLab />`). The panel loads and renders in the browser
 * when the reader comes near it, with the code each mode runs, highlighted on the server from the
 * very files the run loads (lab-code.tsx).
 */
export function BlockingLab() {
  return <BlockingLabLazy />;
}

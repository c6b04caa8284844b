import type { Size } from './canvas';

/** How a fixed-size canvas is placed in a box: uniform scale, then offset to centre it. */
export interface StageTransform {
  scale: number;
  x: number;
  y: number;
}

/** The largest uniform scale that fits `canvas` inside `box`, centred (letterboxed). */
export function stageTransform(box: Size, canvas: Size): StageTransform {
  if (box.width <= 0 || box.height <= 0) return { scale: 0, x: 0, y: 0 };
  const scale = Math.min(box.width / canvas.width, box.height / canvas.height);
  return {
    scale,
    x: (box.width - canvas.width * scale) / 2,
    y: (box.height - canvas.height * scale) / 2,
  };
}

/** The result of fitting flowing content into a box. */
export interface ContentFit {
  /** Uniform scale to apply to the content (1 = natural size). */
  scale: number;
  /** Layout width to give the content before scaling, in CSS px. */
  width: number;
  /** The content's layout height at that width (unscaled). */
  height: number;
  /** True when even `minScale` does not fit: the box must scroll, visibly. */
  overflow: boolean;
}

export interface FitOptions {
  /** Never shrink below this; beyond it the content overflows (and the caller scrolls). */
  minScale?: number;
  /** Bisection steps between the first guess and 1; 7 gives a scale within 1 %. */
  steps?: number;
}

/**
 * Fits content into `box` by shrinking it. Two ways are tried, and the larger scale wins:
 * - reflow: content shrunk by `s` is laid out `box.width / s` wide, so text fills the full
 *   width of the box again and shrinks less than its height ratio;
 * - rigid: the content keeps the box's width and shrinks by the ratio of heights. This is the
 *   better choice for figures that keep their aspect ratio, which grow when widened.
 * `measure(width)` lays the content out at `width` and returns its (unscaled) height.
 */
export function fitContent(
  measure: (width: number) => number,
  box: Size,
  options: FitOptions = {},
): ContentFit {
  const minScale = options.minScale ?? 0.5;
  const steps = options.steps ?? 7;
  const natural = measure(box.width);
  if (natural <= box.height)
    return { scale: 1, width: box.width, height: natural, overflow: false };

  const rigid = box.height / natural;
  const widthAt = (scale: number) => Math.floor(box.width / scale);
  const fitsAt = (scale: number) => {
    const height = measure(widthAt(scale));
    return {
      scale,
      width: widthAt(scale),
      height,
      overflow: false,
      fits: height * scale <= box.height,
    };
  };

  // The reflow curve is monotone: if it does not fit at the floor, no larger scale fits either.
  const floor = fitsAt(Math.max(minScale, rigid));
  if (!floor.fits) {
    if (rigid >= minScale)
      return { scale: rigid, width: box.width, height: natural, overflow: false };
    // Nothing fits above the floor: show the version that overflows least, and let it scroll.
    const reflowed = floor.height <= natural;
    return reflowed
      ? { scale: minScale, width: floor.width, height: floor.height, overflow: true }
      : { scale: minScale, width: box.width, height: natural, overflow: true };
  }
  let best = floor;
  let high = 1;
  for (let i = 0; i < steps; i++) {
    const mid = fitsAt((best.scale + high) / 2);
    if (mid.fits) best = mid;
    else high = mid.scale;
  }
  return { scale: best.scale, width: best.width, height: best.height, overflow: false };
}

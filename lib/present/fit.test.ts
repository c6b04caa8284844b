import { describe, expect, it } from 'vitest';
import { CANVAS } from './canvas';
import { fitContent, stageTransform } from './fit';

describe('stageTransform', () => {
  it('fills a 16:9 screen exactly', () => {
    expect(stageTransform({ width: 1920, height: 1080 }, CANVAS)).toEqual({
      scale: 1.875,
      x: 0,
      y: 0,
    });
    expect(stageTransform({ width: 1280, height: 720 }, CANVAS)).toEqual({
      scale: 1.25,
      x: 0,
      y: 0,
    });
  });

  it('letterboxes a taller screen and pillarboxes a wider one, centred', () => {
    const tall = stageTransform({ width: 1024, height: 768 }, CANVAS); // 4:3
    expect(tall.scale).toBe(1);
    expect(tall.x).toBe(0);
    expect(tall.y).toBe(96);
    const wide = stageTransform({ width: 3440, height: 1440 }, CANVAS); // 21:9
    expect(wide.scale).toBe(2.5);
    expect(wide.x).toBe((3440 - 2560) / 2);
    expect(wide.y).toBe(0);
  });

  it('never produces a canvas larger than the box', () => {
    for (const [width, height] of [
      [375, 812],
      [800, 1280],
      [1366, 768],
      [2560, 1600],
    ]) {
      const { scale, x, y } = stageTransform({ width, height }, CANVAS);
      expect(CANVAS.width * scale + 2 * x).toBeCloseTo(width, 6);
      expect(CANVAS.height * scale + 2 * y).toBeCloseTo(height, 6);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
    }
  });

  it('is inert for an unmeasured (zero) box', () => {
    expect(stageTransform({ width: 0, height: 0 }, CANVAS).scale).toBe(0);
  });
});

/** Text of `area` square px that reflows: its height is area / width, plus a fixed part. */
const reflowing =
  (area: number, fixed = 0) =>
  (width: number) =>
    fixed + area / width;

describe('fitContent', () => {
  const box = { width: 900, height: 450 };

  it('leaves content that fits at its natural size', () => {
    expect(fitContent(() => 300, box)).toEqual({
      scale: 1,
      width: 900,
      height: 300,
      overflow: false,
    });
  });

  it('shrinks rigid content (code) by exactly the ratio of heights', () => {
    const fit = fitContent(() => 600, box);
    expect(fit.overflow).toBe(false);
    expect(fit.height * fit.scale).toBeLessThanOrEqual(box.height);
    expect(fit.scale).toBeCloseTo(0.75, 2);
  });

  it('lets reflowing text use the freed width, so it shrinks less than the height ratio', () => {
    const measure = reflowing(900 * 600); // 600 px tall at 900 px wide
    const fit = fitContent(measure, box);
    expect(fit.overflow).toBe(false);
    // Scaled content never exceeds the box in either direction.
    expect(fit.height * fit.scale).toBeLessThanOrEqual(box.height + 1e-9);
    expect(fit.width * fit.scale).toBeLessThanOrEqual(box.width);
    // Pure reflow: h(w) * s = area * s² / 900 ≤ 450 → s ≤ √0.75 ≈ 0.866, better than 0.75.
    expect(fit.scale).toBeGreaterThan(0.85);
    expect(fit.scale).toBeLessThanOrEqual(Math.sqrt(0.75));
    expect(measure(fit.width)).toBe(fit.height);
  });

  it('stops at the minimum scale and reports overflow instead of clipping', () => {
    const fit = fitContent(() => 2000, box, { minScale: 0.5 });
    expect(fit).toEqual({ scale: 0.5, width: 1800, height: 2000, overflow: true });
  });

  it('shrinks further when allowed (print has no scroll bar)', () => {
    const fit = fitContent(() => 2000, box, { minScale: 0.1 });
    expect(fit.overflow).toBe(false);
    expect(fit.scale).toBeCloseTo(450 / 2000, 2);
  });

  it('shrinks a figure that keeps its aspect ratio without widening it', () => {
    // An SVG at width 100%: widening makes it taller by the same factor, so reflow cannot help.
    const fit = fitContent((width) => width * 0.8, box, { minScale: 0.3 });
    expect(fit).toEqual({ scale: 450 / 720, width: 900, height: 720, overflow: false });
  });

  it('takes the better of reflow and rigid shrinking for mixed content', () => {
    // A 300 px figure (aspect ratio kept) plus reflowing text, 720 px in all at 900 px wide.
    const measure = (width: number) => (width / 900) * 300 + (900 * 420) / width;
    const fit = fitContent(measure, box);
    expect(fit.overflow).toBe(false);
    expect(measure(fit.width) * fit.scale).toBeLessThanOrEqual(box.height);
    expect(fit.width * fit.scale).toBeLessThanOrEqual(box.width);
    expect(fit.scale).toBeGreaterThanOrEqual(450 / 720);
  });

  it('overflows at the floor with the layout that overflows least', () => {
    const fit = fitContent((width) => width * 3, box, { minScale: 0.5 });
    expect(fit).toEqual({ scale: 0.5, width: 900, height: 2700, overflow: true });
  });
});

// The logical size every slide is laid out at, in CSS pixels. The stage scales it to the
// screen. It is deliberately small: components that size themselves in rem (experiments,
// callouts, figures) then come out large on a projector. 1024 × 576 px is also exactly
// 16:9 and prints as a 10.67 × 6 in page.

/** Width and height of a box in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The fixed logical canvas of one slide (16:9). */
export const CANVAS: Readonly<Size> = { width: 1024, height: 576 };

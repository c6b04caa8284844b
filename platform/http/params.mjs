// @ts-check
// Builders for strict query parameters, in plain JavaScript so that worker threads (which
// Node runs without a TypeScript step) share them with the route handlers.
import { z } from 'zod';

/** An integer in [min, max], written as plain decimal digits (no "1e3", "0x10" or spaces). */
export function intParam(/** @type {number} */ min, /** @type {number} */ max) {
  return z
    .string()
    .regex(/^-?\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** A probability written as a decimal between 0 and 1 (e.g. 0.25). */
export function rateParam() {
  return z
    .string()
    .regex(/^(0(\.\d{1,6})?|1(\.0{1,6})?)$/, 'must be a decimal between 0 and 1')
    .transform(Number);
}

/** "on" or "off", as a boolean. */
export function switchParam() {
  return z.enum(['on', 'off']).transform((value) => value === 'on');
}

/** A short seed made of letters, digits, '-' and '_'. */
export function seedParam() {
  return z.string().regex(/^[\w-]{1,32}$/, 'must be 1–32 letters, digits, - or _');
}

/** A record with one entry per variant (strategy, mode…), typed as such (Object.fromEntries is not). */
export function byVariant<V extends string, T>(
  variants: readonly V[],
  value: (variant: V) => T,
): Record<V, T> {
  return Object.fromEntries(variants.map((variant) => [variant, value(variant)])) as Record<V, T>;
}

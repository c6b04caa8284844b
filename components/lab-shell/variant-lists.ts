import type { ReactNode } from 'react';

/** How a lab names and draws each variant (strategy, mode). */
type VariantMeta<V extends string> = Record<V, { label: string; color: string }>;

/** The run buttons' and the prediction's choices: each variant's name and colour. */
export function variantChoices<V extends string>(variants: readonly V[], meta: VariantMeta<V>) {
  return variants.map((id) => ({ id, label: meta[id].label, color: meta[id].color }));
}

/** The tabs of "the code that ran": one per variant, under its name. */
export function variantCodeTabs<V extends string>(
  variants: readonly V[],
  meta: VariantMeta<V>,
  code: Record<V, ReactNode>,
) {
  return variants.map((id) => ({ id, label: meta[id].label, code: code[id] }));
}

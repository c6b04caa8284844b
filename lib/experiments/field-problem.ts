// What is wrong with a lab's setting as typed, said in plain words before the run is sent.
// Client-safe: the bounds come from the labs' limits modules, which import nothing server-only.

/** A setting's bounds, as a lab's form field knows them. */
export interface FieldBounds {
  min?: number;
  max?: number;
  /** The smallest change; 1 (the default) means a whole number. */
  step?: number;
  /** Free text (a seed): anything goes. */
  text?: boolean;
}

const plain = (n: number) => String(n);

/**
 * Why `value` cannot be sent, or null when it can. A blank field is fine (the server's default
 * applies). The message is one sentence naming the allowed range, e.g. "Enter a whole number
 * from 1 to 1000."
 */
export function fieldProblem(bounds: FieldBounds, value: string): string | null {
  const typed = value.trim();
  if (bounds.text || typed === '') return null;
  const { min, max, step = 1 } = bounds;
  const kind = step >= 1 ? 'a whole number' : 'a number';
  const range =
    min !== undefined && max !== undefined
      ? ` from ${plain(min)} to ${plain(max)}`
      : min !== undefined
        ? ` of at least ${plain(min)}`
        : max !== undefined
          ? ` of at most ${plain(max)}`
          : '';
  const ask = `Enter ${kind}${range}.`;
  const number = Number(typed);
  if (!Number.isFinite(number)) return ask;
  if (step >= 1 && !Number.isInteger(number)) return ask;
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) return ask;
  return null;
}

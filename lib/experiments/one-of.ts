/**
 * A guard for one of a lab's closed lists of names (its strategies, kinds or engines): true
 * when a string from the URL or a form is one of them, and then typed as one.
 */
export function oneOf<const T extends string>(names: readonly T[]) {
  return (value: string): value is T => (names as readonly string[]).includes(value);
}

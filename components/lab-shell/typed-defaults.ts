/** A lab's numeric defaults as the text its settings hold (the URL and the fields hold strings). */
export function typedDefaults<K extends string>(
  defaults: Readonly<Record<K, number>>,
): Record<K, string> {
  const entries = Object.entries<number>(defaults).map(([key, value]) => [key, String(value)]);
  return Object.fromEntries(entries) as Record<K, string>;
}

// What the site keeps in the browser's storage, read and written so that a page never breaks
// because of it: every value is saved in a versioned envelope and checked against its schema
// when read (anything else is dropped, with a warning in the console; a zod schema's
// `is` for data of many shapes, a small predicate for a string, so that text pages do not load
// zod for a tab choice); a write that fails
// (storage full, blocked by the browser's settings) keeps the value in memory for this page.

export type Area = 'local' | 'session';

const memory: Record<Area, Map<string, string>> = { local: new Map(), session: new Map() };

/** The browser's storage, or null where reading it throws (blocked cookies and site data). */
function storageOf(area: Area): Storage | null {
  try {
    return area === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

function readRaw(area: Area, key: string): string | null {
  const kept = memory[area].get(key);
  if (kept !== undefined) return kept;
  try {
    return storageOf(area)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function forget(area: Area, key: string) {
  memory[area].delete(key);
  try {
    storageOf(area)?.removeItem(key);
  } catch {
    // Nothing to forget where storage cannot be reached.
  }
}

/** The value saved under `key`, if `isValid` accepts it and it has `version`; else null (and dropped). */
export function loadSaved<T>(
  area: Area,
  key: string,
  isValid: (data: unknown) => data is T,
  version = 1,
): T | null {
  const raw = readRaw(area, key);
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const envelope =
    typeof parsed === 'object' && parsed !== null
      ? (parsed as { v?: unknown; data?: unknown })
      : {};
  if (envelope.v === version && isValid(envelope.data)) return envelope.data;
  console.warn(
    `Saved data "${key}" is not what this page saves (version ${version}); it was dropped.`,
  );
  forget(area, key);
  return null;
}

/** Saves `value` under `key`; where the browser refuses, it is kept for this page only. */
export function save(area: Area, key: string, value: unknown, version = 1): void {
  const raw = JSON.stringify({ v: version, data: value });
  memory[area].set(key, raw);
  try {
    storageOf(area)?.setItem(key, raw);
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'refused';
    console.warn(
      `Could not save "${key}" in this browser (${reason}); it is kept for this page only.`,
    );
  }
}

/** Forgets every value whose key starts with `prefix` (in memory and in storage). */
export function forgetSaved(area: Area, prefix: string): void {
  for (const key of [...memory[area].keys()]) if (key.startsWith(prefix)) memory[area].delete(key);
  try {
    const storage = storageOf(area);
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) =>
      key?.startsWith(prefix),
    );
    for (const key of keys) storage.removeItem(key!);
  } catch {
    // Nothing to forget where storage cannot be reached.
  }
}

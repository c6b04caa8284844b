'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';

const paramName = (prefix: string | null, key: string) =>
  prefix === null ? key : `${prefix}.${key}`;

/**
 * A lab's knobs as the reader typed them (strings: the server is the validator), kept in the
 * page URL as `?<prefix>.<key>=value` so a shared link reproduces the setup. The prefix keeps
 * several labs on one page apart (null: plain `?key=value`, for a lab alone on its page); only
 * values that differ from `defaults` are written. `defaults` must be a stable object (a module constant).
 */
export function useUrlSettings<K extends string>(
  prefix: string | null,
  defaults: Readonly<Record<K, string>>,
) {
  const searchParams = useSearchParams();
  const keys = Object.keys(defaults) as K[];
  const [settings, setSettings] = useState<Record<K, string>>(() => {
    const fromUrl: Record<K, string> = { ...defaults };
    for (const key of keys) {
      const value = searchParams.get(paramName(prefix, key));
      if (value !== null) fromUrl[key] = value;
    }
    return fromUrl;
  });

  useEffect(() => {
    const url = new URL(window.location.href);
    for (const key of Object.keys(defaults) as K[]) {
      const name = paramName(prefix, key);
      if (settings[key] === defaults[key]) url.searchParams.delete(name);
      else url.searchParams.set(name, settings[key]);
    }
    if (url.href !== window.location.href)
      window.history.replaceState(window.history.state, '', url);
  }, [settings, prefix, defaults]);

  const update = useCallback(
    (key: K, value: string) => setSettings((current) => ({ ...current, [key]: value })),
    [],
  );
  const reset = useCallback(() => setSettings({ ...defaults }), [defaults]);

  return { settings, update, reset };
}

/** The API query for one run: the fixed parameters, then every setting that is not blank. */
export function labQueryString(
  fixed: Record<string, string>,
  settings: Readonly<Record<string, string>>,
): string {
  const query = new URLSearchParams(fixed);
  for (const [key, value] of Object.entries(settings))
    if (value.trim() !== '') query.set(key, value.trim());
  return query.toString();
}

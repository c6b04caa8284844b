'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { IO_DEFAULTS } from '@/lib/io/limits';

/** The experiment's knobs as the reader typed them (strings: the server is the validator). */
export type IoSettings = Record<(typeof SETTING_KEYS)[number], string>;

export const SETTING_KEYS = ['count', 'delay_ms', 'jitter_ms', 'workers', 'limit', 'fail_rate', 'seed'] as const;

const defaults: IoSettings = {
  count: String(IO_DEFAULTS.count),
  delay_ms: String(IO_DEFAULTS.delay_ms),
  jitter_ms: String(IO_DEFAULTS.jitter_ms),
  workers: String(IO_DEFAULTS.workers),
  limit: '',
  fail_rate: String(IO_DEFAULTS.fail_rate),
  seed: '',
};

/**
 * Settings kept in the page URL (`?count=20&delay_ms=200`), so a shared link reproduces
 * the setup. Only values that differ from the defaults are written.
 */
export function useIoSettings() {
  const searchParams = useSearchParams();
  const [settings, setSettings] = useState<IoSettings>(() => {
    const fromUrl = { ...defaults };
    for (const key of SETTING_KEYS) {
      const value = searchParams.get(key);
      if (value !== null) fromUrl[key] = value;
    }
    return fromUrl;
  });

  useEffect(() => {
    const url = new URL(window.location.href);
    for (const key of SETTING_KEYS) {
      if (settings[key] === defaults[key]) url.searchParams.delete(key);
      else url.searchParams.set(key, settings[key]);
    }
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [settings]);

  const update = useCallback((key: keyof IoSettings, value: string) => {
    setSettings((current) => ({ ...current, [key]: value }));
  }, []);

  const reset = useCallback(() => setSettings(defaults), []);

  return { settings, update, reset };
}

/** The API query for a run of `strategy` with these settings. */
export function ioQueryString(strategy: string, settings: IoSettings): string {
  const query = new URLSearchParams({ strategy });
  for (const key of SETTING_KEYS) if (settings[key].trim() !== '') query.set(key, settings[key].trim());
  return query.toString();
}

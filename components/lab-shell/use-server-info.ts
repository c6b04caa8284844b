'use client';

import useSWR from 'swr';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * What the server says it can run (an `/api/experiments/…/info` answer): asked once per visit
 * and shared by every lab that asks the same path.
 */
export function useServerInfo<T>(path: string) {
  return useSWR<T>(path, fetchJson<T>, { revalidateOnFocus: false, revalidateIfStale: false });
}

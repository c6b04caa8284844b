'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSaved, save } from '@/lib/client/saved';
import {
  isSlideZooms,
  stepZoom,
  withZoom,
  zoomStorageKey,
  type SlideZooms,
} from '@/lib/present/zoom';

/**
 * The deck's per-slide zooms, saved in this browser (checked when read; a refused write keeps
 * them for this page). Every window of the deck follows a change made in another one.
 */
export function useSlideZooms(slug: string) {
  const key = zoomStorageKey(slug);
  const [zooms, setZooms] = useState<SlideZooms>(() => loadSaved('local', key, isSlideZooms) ?? {});
  // Two quick presses can land before React re-renders: each step reads the latest zooms, not
  // the ones of the last render (which turned `+ +` into one step).
  const latest = useRef(zooms);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key) return;
      latest.current = loadSaved('local', key, isSlideZooms) ?? {};
      setZooms(latest.current);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key]);
  const step = useCallback(
    (index: number, direction: 1 | -1) => {
      const current = latest.current;
      const next = withZoom(current, index, stepZoom(current[String(index)] ?? 1, direction));
      latest.current = next;
      save('local', key, next);
      setZooms(next);
    },
    [key],
  );
  return { zooms, step };
}

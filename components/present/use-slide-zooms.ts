'use client';

import { useCallback, useEffect, useState } from 'react';
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
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setZooms(loadSaved('local', key, isSlideZooms) ?? {});
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [key]);
  const step = useCallback(
    (index: number, direction: 1 | -1) => {
      const next = withZoom(zooms, index, stepZoom(zooms[String(index)] ?? 1, direction));
      save('local', key, next);
      setZooms(next);
    },
    [zooms, key],
  );
  return { zooms, step };
}

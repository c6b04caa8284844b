'use client';

import { useSyncExternalStore } from 'react';

// Which class a deck is running, kept in localStorage so the presenter view and the audience
// window (same browser) follow the same class, and a reload keeps it.

/** What the audience window shows over the slides: how to join, or the class's answers in large type. */
export type ClassOverlay = 'join' | 'board' | null;

export interface StoredClass {
  code: string;
  overlay: ClassOverlay;
}

const key = (slug: string) => `concurrency-lab:class:${slug}`;
const LOCAL_CHANGE = 'concurrency-lab:class-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(LOCAL_CHANGE, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(LOCAL_CHANGE, onChange);
  };
}

function read(slug: string): string | null {
  try {
    return localStorage.getItem(key(slug));
  } catch {
    return null;
  }
}

function parse(raw: string | null): StoredClass | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredClass>;
    return typeof value.code === 'string' && /^[A-Z0-9]{6}$/.test(value.code)
      ? {
          code: value.code,
          overlay: value.overlay === 'join' || value.overlay === 'board' ? value.overlay : null,
        }
      : null;
  } catch {
    return null;
  }
}

/** The deck's class (null when none), and a setter shared by the deck's windows. */
export function useStoredClass(
  slug: string,
): [StoredClass | null, (value: StoredClass | null) => void] {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(slug),
    () => null,
  );
  const set = (value: StoredClass | null) => {
    try {
      if (value) localStorage.setItem(key(slug), JSON.stringify(value));
      else localStorage.removeItem(key(slug));
    } catch {
      // Storage blocked: the class still runs in this window.
    }
    window.dispatchEvent(new Event(LOCAL_CHANGE));
  };
  return [parse(raw), set];
}

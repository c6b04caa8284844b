'use client';

import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
  window.dispatchEvent(new Event('themechange'));
}

// The choice is a bare 'light' or 'dark' (the <head> script reads it before anything else
// loads); storage that is blocked or full leaves the choice to this page.
function savedTheme(): Theme | null {
  try {
    const chosen = localStorage.getItem(THEME_STORAGE_KEY);
    return chosen === 'dark' || chosen === 'light' ? chosen : null;
  } catch {
    return null;
  }
}

function saveTheme(theme: Theme) {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Kept for this page: the <html> class holds it.
  }
}

// The <html> class is the single source of truth; React subscribes to its changes, to the
// system setting (followed until the reader picks a theme) and to a choice made in another
// window of the site (a presenter's view and the audience window switch together).
function subscribe(onChange: () => void) {
  const media = matchMedia('(prefers-color-scheme: dark)');
  // The same rule as the <head> script: the saved choice, else the system's.
  const followPreference = () => {
    const chosen = savedTheme();
    applyTheme((chosen ? chosen === 'dark' : media.matches) ? 'dark' : 'light');
  };
  const followOtherWindows = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) followPreference();
  };
  media.addEventListener('change', followPreference);
  window.addEventListener('storage', followOtherWindows);
  window.addEventListener('themechange', onChange);
  return () => {
    media.removeEventListener('change', followPreference);
    window.removeEventListener('storage', followOtherWindows);
    window.removeEventListener('themechange', onChange);
  };
}

/** A button that switches between light and dark and remembers the choice. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, currentTheme, () => null);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      onClick={() => {
        saveTheme(next);
        applyTheme(next);
      }}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      data-theme-current={theme ?? undefined}
      className="inline-flex size-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
    >
      {/* Both icons are rendered; CSS picks one, so the server HTML is right in either theme. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" strokeLinejoin="round" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden size-5 dark:block" fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" strokeLinecap="round" />
      </svg>
    </button>
  );
}

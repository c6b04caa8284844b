'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { SearchIcon } from './search-icon';

// The dialog, MiniSearch and the index load only when the reader opens the search: none of it
// is first-load JavaScript.
const SearchDialog = lazy(() => import('./search-dialog'));

/** True while the reader is typing somewhere, where "/" is a character and not a shortcut. */
function typing(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The header's search button; "/" and Ctrl/⌘-K open it too. */
export function SiteSearch() {
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);

  const close = useCallback((navigated: boolean) => {
    setOpen(false);
    if (!navigated) returnTo.current?.focus();
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || typing(event.target)) return;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !k) return;
      event.preventDefault();
      show();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [show]);

  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        title="Search (/ or Ctrl+K)"
        className="inline-flex h-9 items-center gap-2 rounded-md px-2 text-sm text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 sm:border sm:border-zinc-200 sm:pr-1.5 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white sm:dark:border-zinc-700"
      >
        <SearchIcon className="size-5" />
        <span className="sr-only sm:not-sr-only">Search</span>
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-zinc-200 px-1.5 font-sans text-xs text-zinc-500 sm:inline dark:border-zinc-700 dark:text-zinc-400"
        >
          /
        </kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}

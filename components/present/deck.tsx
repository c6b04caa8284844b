'use client';

import Link from 'next/link';
import { useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { deckViewFromSearch, type DeckSlide } from '@/lib/present/url';
import { LiveDeck } from './live-deck';
import { PrintDeck } from './print-deck';
import { DeckInfoContext, type DeckInfo } from './slide-view';

const subscribeNever = () => () => {};

/** False while rendering on the server and hydrating, true after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/** The deck as the URL asks for it: audience slides, presenter view or print layout. */
function DeckView({ children }: { children: ReactNode }) {
  // Read once: switching views is a navigation to another URL.
  const [view] = useState(() => deckViewFromSearch(window.location.search));
  if (view === 'print') return <PrintDeck>{children}</PrintDeck>;
  return <LiveDeck role={view}>{children}</LiveDeck>;
}

/**
 * A section shown as slides. `children` is the section's MDX rendered once on the server with
 * the presentation components (PresentSlide, PresentNotes). The view, the current slide (URL
 * hash) and the stage size are only known in the browser, so the deck mounts after hydration;
 * the server sends a placeholder.
 */
export function Deck({
  slug,
  title,
  number,
  sectionCount,
  slides,
  children,
}: {
  slug: string;
  title: string;
  number: number;
  sectionCount: number;
  slides: DeckSlide[];
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const info = useMemo<DeckInfo>(
    () => ({ slug, title, number, sectionCount, slides }),
    [slug, title, number, sectionCount, slides],
  );
  if (!hydrated) {
    return (
      <main className="fixed inset-0 flex flex-col items-center justify-center gap-3 bg-[var(--page-bg)] p-6 text-center">
        <h1 className="text-2xl font-semibold text-zinc-900 dark:text-white">{title}</h1>
        <p className="text-zinc-600 dark:text-zinc-400">Loading the slides…</p>
        <noscript>
          <p className="text-zinc-800 dark:text-zinc-200">The slides need JavaScript.</p>
        </noscript>
        <Link href={`/${slug}`} className="text-indigo-700 underline dark:text-indigo-300">
          Read the section as a page
        </Link>
      </main>
    );
  }
  return (
    <DeckInfoContext value={info}>
      <DeckView>{children}</DeckView>
    </DeckInfoContext>
  );
}

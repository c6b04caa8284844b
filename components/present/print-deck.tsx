'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { ThemeToggle } from '@/components/site/theme-toggle';
import { deckHref } from '@/lib/present/url';
import { DeckModeProvider } from './deck-context';
import { SlideViewContext, useDeckInfo } from './slide-view';

/**
 * Every slide, one per printed page (`@page deck-slide` in present.css): print to PDF for a
 * clean deck. On screen, a small toolbar above the pages; it is not printed.
 */
export function PrintDeck({ children }: { children: ReactNode }) {
  const { slug, title, slides } = useDeckInfo();
  return (
    <div className="deck-print min-h-dvh bg-zinc-200 py-6 dark:bg-zinc-950 print:bg-transparent print:p-0">
      <div className="mx-auto mb-6 flex max-w-[1024px] flex-wrap items-center gap-3 px-4 print:hidden">
        <h1 className="mr-auto text-lg font-semibold text-zinc-900 dark:text-zinc-100">
          {title}: {slides.length} slides for printing
        </h1>
        <ThemeToggle />
        <Link
          href={deckHref(slug)}
          className="rounded-md px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-300 dark:text-zinc-200 dark:hover:bg-zinc-800"
        >
          Back to the slides
        </Link>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300"
        >
          Print or save as PDF
        </button>
      </div>
      <main aria-label="All slides" className="deck-print-pages">
        <DeckModeProvider mode="print" slug={slug}>
          <SlideViewContext value={{ kind: 'print' }}>{children}</SlideViewContext>
        </DeckModeProvider>
      </main>
    </div>
  );
}

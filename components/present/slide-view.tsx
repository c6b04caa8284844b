'use client';

// How the <Slide> elements of a section's MDX render in a subtree of the deck. The MDX is
// rendered once on the server; the deck places that same tree in several spots (the stage,
// the next-slide preview, the overview, the print layout) and tells each copy what to show.

import { createContext, useContext } from 'react';
import type { DeckSlide } from '@/lib/present/url';
import type { SlideZooms } from '@/lib/present/zoom';

/** Facts about the deck that do not change while it is shown. */
export interface DeckInfo {
  slug: string;
  /** The section's title. */
  title: string;
  /** 1-based position of the section on the site, and the number of sections. */
  number: number;
  sectionCount: number;
  slides: DeckSlide[];
}

/** What a copy of the slide tree shows. */
export type SlideView =
  /**
   * The live deck: only `current` is visible, with `step` of its click-steps revealed; notes
   * portal into `notesTarget` (presenter).
   */
  | { kind: 'stage'; current: number; step: number; notesTarget: HTMLElement | null }
  /** An inert picture of one slide. */
  | { kind: 'preview'; index: number }
  /** Every slide, one per printed page. */
  | { kind: 'print' };

export const DeckInfoContext = createContext<DeckInfo | null>(null);
export const SlideViewContext = createContext<SlideView | null>(null);
/** The 0-based index of the slide a component sits in (used by speaker notes). */
export const SlideIndexContext = createContext<number | null>(null);
/** Per-slide zoom factors of the live deck (`+` / `-` in the presenter view). */
export const SlideZoomContext = createContext<SlideZooms>({});

/** The deck's fixed facts; only valid inside a deck. */
export function useDeckInfo(): DeckInfo {
  const info = useContext(DeckInfoContext);
  if (!info) throw new Error('useDeckInfo() is only available inside a slide deck');
  return info;
}

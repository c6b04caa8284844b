'use client';

import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { gridStep } from '@/lib/present/keys';
import { DeckDialog } from './deck-dialog';
import { SlidePreview } from './slide-preview';
import { useDeckInfo } from './slide-view';

/** Columns of a CSS grid, read from the layout: the items that share the first row. */
function columnsOf(items: HTMLElement[]): number {
  const top = items[0]?.offsetTop;
  return Math.max(1, items.filter((item) => item.offsetTop === top).length);
}

/** Every slide as a thumbnail; arrows move between them, Enter or a click jumps. */
export function OverviewDialog({
  current,
  onGo,
  onClose,
  children,
}: {
  current: number;
  onGo: (index: number) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { slides } = useDeckInfo();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.key === 'o') {
      event.preventDefault();
      dialogRef.current?.close();
      return;
    }
    const items = Array.from(listRef.current?.children ?? []) as HTMLElement[];
    const buttons = items.map((item) => item.querySelector('button'));
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index === -1) return;
    const target = gridStep(event.key, index, items.length, columnsOf(items));
    if (target === null) return;
    event.preventDefault();
    buttons[target]?.focus();
  }

  return (
    <DeckDialog
      title="All slides"
      onClose={onClose}
      dialogRef={dialogRef}
      className="h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)]"
    >
      <ol
        ref={listRef}
        onKeyDown={onKeyDown}
        className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-x-4 gap-y-5"
      >
        {slides.map((slide, index) => (
          <li key={slide.id} className="relative">
            <SlidePreview
              index={index}
              className={`aspect-video overflow-hidden rounded-md ${index === current ? 'ring-4 ring-indigo-600 dark:ring-indigo-400' : 'ring-1 ring-zinc-300 dark:ring-zinc-700'}`}
            >
              {children}
            </SlidePreview>
            <button
              type="button"
              aria-current={index === current ? 'step' : undefined}
              data-autofocus={index === current ? true : undefined}
              onClick={() => {
                onGo(index);
                dialogRef.current?.close();
              }}
              className="mt-2 block w-full text-left text-sm leading-snug after:absolute after:-inset-1.5 after:rounded-lg after:content-[''] hover:underline focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-indigo-600 dark:focus-visible:after:outline-indigo-400"
            >
              <span className="font-semibold tabular-nums">{index + 1}</span> {slide.title}
            </button>
          </li>
        ))}
      </ol>
    </DeckDialog>
  );
}

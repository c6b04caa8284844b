'use client';

import { useId, useRef } from 'react';
import { DeckDialog } from './deck-dialog';

/** Asks for a slide number and jumps there. */
export function GoToDialog({
  count,
  current,
  onGo,
  onClose,
}: {
  count: number;
  current: number;
  onGo: (index: number) => void;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputId = useId();
  return (
    <DeckDialog title="Go to slide" onClose={onClose} dialogRef={dialogRef} className="w-[22rem]">
      <form
        className="flex items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const number = Number(new FormData(event.currentTarget).get('slide'));
          if (Number.isInteger(number) && number >= 1 && number <= count) onGo(number - 1);
          dialogRef.current?.close();
        }}
      >
        <div className="grid flex-1 gap-1">
          <label htmlFor={inputId} className="text-sm font-medium">
            Slide number (1–{count})
          </label>
          <input
            id={inputId}
            name="slide"
            type="number"
            inputMode="numeric"
            min={1}
            max={count}
            required
            defaultValue={current + 1}
            data-autofocus
            onFocus={(event) => event.currentTarget.select()}
            className="rounded-md border border-zinc-400 bg-white px-3 py-2 text-lg tabular-nums dark:border-zinc-600 dark:bg-zinc-950"
          />
        </div>
        <button
          type="submit"
          className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300"
        >
          Go
        </button>
      </form>
    </DeckDialog>
  );
}

'use client';

import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { StrokeIcon } from '@/components/site/stroke-icon';

/**
 * A modal <dialog> that opens when mounted: the page behind it is inert, Esc and the close
 * button close it, and the browser returns focus to where it was. `onClose` runs after any
 * close; the owner then unmounts it. Children close it through `dialogRef`.
 */
export function DeckDialog({
  title,
  onClose,
  dialogRef,
  className = '',
  children,
}: {
  title: string;
  onClose: () => void;
  dialogRef?: RefObject<HTMLDialogElement | null>;
  className?: string;
  children: ReactNode;
}) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // React's autoFocus runs before showModal, which moves focus again: focus the marked element.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [ref]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      // A click on the backdrop (the dialog element itself, outside its box) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className={`m-auto max-h-[calc(100dvh-2rem)] max-w-[calc(100vw-2rem)] overflow-auto rounded-xl border border-zinc-300 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/60 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 ${className}`}
    >
      <div className="p-5">
        <div className="mb-4 flex items-center justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            aria-label="Close"
            className="inline-flex size-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
          >
            <StrokeIcon>
              <path d="M6 6l12 12M18 6 6 18" />
            </StrokeIcon>
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}

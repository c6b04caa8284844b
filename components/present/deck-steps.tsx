'use client';

import { useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { STEP_ITEMS, stepLook } from '@/lib/present/steps';
import { useDeck } from './deck-context';
import { SlideIndexContext, SlideViewContext } from './slide-view';

/**
 * Presentation-mode `<Steps>`: on the live stage, marks each item of the list with how it
 * looks at the deck's current step (present.css draws the looks). Previews and print show every
 * item; slides already passed show all of theirs, slides not yet reached none.
 */
export function DeckSteps({ children }: { children?: ReactNode }) {
  const view = useContext(SlideViewContext);
  const index = useContext(SlideIndexContext);
  const { mode } = useDeck();
  const box = useRef<HTMLDivElement>(null);
  let shown = Number.POSITIVE_INFINITY;
  if (view?.kind === 'stage' && index !== null) {
    if (index === view.current) shown = view.step;
    else if (index > view.current) shown = 0;
  }
  const presenter = mode === 'presenter';
  useLayoutEffect(() => {
    // The items are the MDX's own <li>s, rendered on the server: marked here, not re-rendered.
    const items = box.current?.parentElement?.querySelectorAll<HTMLElement>(STEP_ITEMS) ?? [];
    const own = [...items].filter((item) => item.closest('[data-steps]') === box.current);
    own.forEach((item, i) => {
      item.dataset.step = stepLook(i, shown, presenter);
    });
  }, [shown, presenter]);
  return (
    <div ref={box} data-steps>
      {children}
    </div>
  );
}

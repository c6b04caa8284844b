'use client';

import type { ReactNode } from 'react';
import { DeckModeProvider } from './deck-context';
import { SlideViewContext, useDeckInfo } from './slide-view';
import { Stage } from './stage';

/**
 * An inert picture of slide `index`, drawn from the same slide tree as the stage. Components
 * inside see the deck mode 'preview', so an experiment can tell it must not start anything;
 * `inert` keeps it out of the tab order and away from clicks.
 */
export function SlidePreview({
  index,
  className = '',
  children,
}: {
  index: number;
  className?: string;
  children: ReactNode;
}) {
  const { slug } = useDeckInfo();
  return (
    <div inert aria-hidden="true" className={className}>
      <Stage className="size-full">
        <DeckModeProvider mode="preview" slug={slug}>
          <SlideViewContext value={{ kind: 'preview', index }}>{children}</SlideViewContext>
        </DeckModeProvider>
      </Stage>
    </div>
  );
}

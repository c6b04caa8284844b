'use client';

import { useCallback, useEffect, useRef, type MouseEvent } from 'react';

/**
 * What every lab's run buttons share. Spread `props` on the element that holds them.
 * - The button that started a run gets the focus back once it is enabled again (a disabled
 *   button loses it to the page), so a keyboard user runs again with Enter; unless the reader
 *   has moved the focus elsewhere meanwhile.
 * - `guarded(start)` starts nothing while a setting of the lab is refused (SettingsFields marks
 *   it `data-refused`, with the reason under it): the focus goes to that field instead.
 */
export function useRunButtons(busy: boolean) {
  const holder = useRef<HTMLDivElement>(null);
  const pressed = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    const button = pressed.current;
    if (busy || !button) return;
    pressed.current = null;
    const focus = document.activeElement;
    const wandered = focus !== null && focus !== document.body && focus !== button;
    if (button.isConnected && !button.disabled && !wandered) button.focus();
  }, [busy]);

  const onClickCapture = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const button = (event.target as HTMLElement).closest('button');
      if (!busy && button) pressed.current = button;
    },
    [busy],
  );

  const guarded = useCallback((start: () => void) => {
    const lab = holder.current?.closest('[data-experiment]');
    const refused = lab?.querySelector<HTMLElement>('[data-refused]');
    if (!refused) return start();
    pressed.current = null;
    refused.focus();
  }, []);

  return { props: { ref: holder, onClickCapture }, guarded };
}

'use client';

import { useEffect } from 'react';

/**
 * Holds the element a link jumped to (the URL's #fragment) at the top of the window while the
 * text above it settles: blocks skipped off screen (`.skip-offscreen`) take their real height as
 * they come near, and a lab wakes. The browser does this itself while a page loads, but after a
 * navigation inside the site it can keep the scroll position while the target moves away. It
 * lets go as soon as the reader scrolls, taps, clicks or presses a key, until the next jump.
 */
export function JumpKeeper() {
  useEffect(() => {
    const article = document.querySelector('#main article');
    if (!article) return;
    // The address the reader has moved on from: a jump to another fragment changes it.
    let left: string | null = null;
    const leave = () => {
      left = location.href;
    };
    function hold() {
      if (location.hash.length < 2 || location.href === left) return;
      let id: string;
      try {
        id = decodeURIComponent(location.hash.slice(1));
      } catch {
        return;
      }
      // Where the jump put it, scroll margin included: nothing moves when it is still there.
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
    }
    const resized = new ResizeObserver(hold);
    resized.observe(article);
    const moves = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    for (const move of moves) window.addEventListener(move, leave, { capture: true, passive: true });
    return () => {
      resized.disconnect();
      for (const move of moves) window.removeEventListener(move, leave, { capture: true });
    };
  }, []);
  return null;
}

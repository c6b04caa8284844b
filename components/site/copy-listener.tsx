'use client';

import { useEffect } from 'react';

/**
 * The code of a listing as written. rehype-pretty-code wraps each line in a [data-line] span and
 * puts one space in an empty line so that it keeps its height; that space is not in the source.
 */
function codeText(pre: HTMLPreElement): string {
  const code = pre.querySelector('code') ?? pre;
  const lines = code.querySelectorAll(':scope > [data-line]');
  if (lines.length === 0) return code.textContent ?? '';
  return Array.from(lines, (line) => (line.textContent === ' ' ? '' : line.textContent)).join('\n');
}

type CopyState = 'idle' | 'copied' | 'failed';
const SHOWN: Record<CopyState, { text: string; status: string }> = {
  idle: { text: 'Copy', status: '' },
  copied: { text: 'Copied', status: 'Copied to the clipboard' },
  failed: { text: 'Copy failed', status: 'Could not copy' },
};

function show(button: HTMLButtonElement, state: CopyState) {
  button.dataset.copyState = state;
  button.textContent = SHOWN[state].text;
  const status = button.nextElementSibling;
  if (status?.getAttribute('role') === 'status') status.textContent = SHOWN[state].status;
}

/**
 * Makes every Copy button of the page work (components/mdx/copy-button.tsx renders them on the
 * server): one click listener on the document, also for listings drawn later (in a lab, a slide).
 */
export function CopyListener() {
  useEffect(() => {
    const timers = new WeakMap<HTMLButtonElement, number>();
    async function onClick(event: MouseEvent) {
      const button =
        event.target instanceof Element ? event.target.closest('button[data-copy-button]') : null;
      if (!(button instanceof HTMLButtonElement)) return;
      const pre = button.closest('figure')?.querySelector('pre');
      let state: CopyState = 'copied';
      try {
        await navigator.clipboard.writeText(pre ? codeText(pre) : '');
      } catch {
        state = 'failed';
      }
      show(button, state);
      window.clearTimeout(timers.get(button));
      timers.set(
        button,
        window.setTimeout(() => show(button, 'idle'), 2000),
      );
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}

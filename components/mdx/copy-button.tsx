'use client';

import { useEffect, useRef, useState } from 'react';

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

/**
 * Copies the code of the listing it sits in (the <pre> of its enclosing <figure>), exactly as
 * shown, and says "Copied" for two seconds. Reading the text from the page keeps each listing's
 * code out of the props (it would otherwise be sent twice).
 */
export function CopyButton({ label }: { label: string }) {
  const button = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    const pre = button.current?.closest('figure')?.querySelector('pre');
    try {
      await navigator.clipboard.writeText(pre ? codeText(pre) : '');
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={copy}
        aria-label={label}
        data-copy-state={state}
        className="rounded px-1.5 py-0.5 font-sans text-xs font-medium text-zinc-600 hover:bg-zinc-200 hover:text-zinc-900 data-[copy-state=copied]:text-emerald-700 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:data-[copy-state=copied]:text-emerald-300"
      >
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied'
          ? 'Copied to the clipboard'
          : state === 'failed'
            ? 'Could not copy'
            : ''}
      </span>
    </>
  );
}

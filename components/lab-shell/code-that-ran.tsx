'use client';

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of "Code that ran": a strategy or mode, and its source files (rendered on the server). */
export interface CodeTab<V extends string> {
  id: V;
  label: string;
  code: ReactNode;
}

/**
 * "Code that ran": the files the lab's engine really runs for each strategy or mode, in a
 * disclosure with one tab per variant. The selected tab follows the variant the reader last
 * ran (`selected`), and can be switched by hand (arrow keys work as in any tab list).
 */
export function CodeThatRan<V extends string>({
  tabs,
  selected,
  onSelect,
  note,
}: {
  tabs: readonly CodeTab<V>[];
  selected: V;
  onSelect: (id: V) => void;
  note?: ReactNode;
}) {
  const baseId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -index,
      End: tabs.length - 1 - index,
    };
    const step = moves[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    onSelect(tabs[next].id);
    buttons.current[next]?.focus();
  }

  return (
    <details
      className="mt-6 rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
      data-testid="code-that-ran"
      data-stage-hide=""
    >
      <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        Code that ran
      </summary>
      {note ? (
        <div className="px-3 pb-2 text-xs text-zinc-600 dark:text-zinc-400">{note}</div>
      ) : null}
      <div
        role="tablist"
        aria-label="Code that ran"
        className="flex flex-wrap gap-1 border-b border-zinc-200 px-2 dark:border-zinc-800"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            id={`${baseId}-tab-${tab.id}`}
            role="tab"
            type="button"
            aria-selected={i === index}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={i === index ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${
              i === index
                ? 'border-indigo-600 font-medium text-zinc-900 dark:border-indigo-400 dark:text-white'
                : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          id={`${baseId}-panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={i !== index}
          className="divide-y divide-zinc-200 dark:divide-zinc-800 [&_pre]:rounded-none"
        >
          {tab.code}
        </div>
      ))}
    </details>
  );
}

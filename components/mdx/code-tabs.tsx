'use client';

import { useDeck } from '@/components/present/deck-context';
import { loadSaved, save } from '@/lib/client/saved';
import {
  Children,
  isValidElement,
  useId,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

interface CodeTabProps {
  label: string;
  children: ReactNode;
}

/** One pane of a CodeTabs group; only its label is read by the group. */
export function CodeTab({ children }: CodeTabProps) {
  return <>{children}</>;
}

// The chosen language is shared by every tab group on the page (pick "Python" once and
// all groups show Python), and survives navigation within the session.
const STORAGE_KEY = 'code-tab';
const EVENT = 'code-tab-change';

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  return () => window.removeEventListener(EVENT, onChange);
}

const isLabel = (data: unknown): data is string => typeof data === 'string' && data.length <= 40;

function choose(label: string) {
  save('session', STORAGE_KEY, label);
  window.dispatchEvent(new Event(EVENT));
}

/**
 * Tabs for the same idea in several languages (Python | Node.js), keyboard accessible. With
 * `sideBySide`, a slide shows the listings next to each other instead, to compare them.
 */
export function CodeTabs({
  children,
  sideBySide = false,
}: {
  children: ReactNode;
  sideBySide?: boolean;
}) {
  const tabs = Children.toArray(children).filter(
    (child): child is ReactElement<CodeTabProps> =>
      isValidElement<CodeTabProps>(child) && typeof child.props.label === 'string',
  );
  const preferred = useSyncExternalStore(
    subscribe,
    () => loadSaved('session', STORAGE_KEY, isLabel),
    () => null,
  );
  const found = tabs.findIndex((tab) => tab.props.label === preferred);
  const selected = found === -1 ? 0 : found;
  const baseId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onSlide = useDeck().mode !== 'reading';

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -selected,
      End: tabs.length - 1 - selected,
    };
    const step = moves[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = (selected + step + tabs.length) % tabs.length;
    choose(tabs[next].props.label);
    buttons.current[next]?.focus();
  }

  if (sideBySide && onSlide)
    return (
      <div className="not-prose grid grid-cols-2 gap-4" data-code-side-by-side>
        {tabs.map((tab) => (
          <section key={tab.props.label} aria-label={tab.props.label}>
            <h4 className="mb-1 text-base font-semibold">{tab.props.label}</h4>
            {tab.props.children}
          </section>
        ))}
      </div>
    );

  return (
    <div
      className="not-prose my-6 overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800"
      data-code-tabs
    >
      <div
        role="tablist"
        aria-label="Code language"
        className="flex gap-1 border-b border-zinc-200 bg-zinc-50 px-2 pt-2 dark:border-zinc-800 dark:bg-zinc-900"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab, index) => (
          <button
            key={tab.props.label}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            id={`${baseId}-tab-${index}`}
            role="tab"
            type="button"
            aria-selected={index === selected}
            aria-controls={`${baseId}-panel-${index}`}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => choose(tab.props.label)}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm ${
              index === selected
                ? 'border-zinc-200 border-b-white bg-white font-medium text-zinc-900 dark:border-zinc-800 dark:border-b-zinc-950 dark:bg-zinc-950 dark:text-white'
                : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
            }`}
          >
            {tab.props.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.props.label}
          id={`${baseId}-panel-${index}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${index}`}
          hidden={index !== selected}
          className="bg-white dark:bg-zinc-950 [&_figure]:my-0 [&_pre]:rounded-none"
        >
          {tab.props.children}
        </div>
      ))}
    </div>
  );
}

'use client';

import type MiniSearch from 'minisearch';
import { useRouter } from 'next/navigation';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { SearchIcon } from './search-icon';

/** One heading of a section and the prose under it, as scripts/reader-files.mjs writes them. */
interface SearchDocument {
  id: string;
  slug: string;
  section: string;
  heading: string;
  anchor: string;
  text: string;
}

type Hit = SearchDocument & { terms: string[] };

/** Words keep their underscores (thread_sensitive) and also count as their parts (thread, sensitive). */
function tokenize(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
    .flatMap((word) => (word.includes('_') ? [word, ...word.split('_').filter(Boolean)] : [word]));
}

let loading: Promise<MiniSearch<SearchDocument>> | undefined;

/** MiniSearch and the index, fetched once per page load (a failed fetch is retried next time). */
function loadIndex() {
  loading ??= Promise.all([
    import('minisearch'),
    fetch('/search-index.json').then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchDocument[]>;
    }),
  ]).then(([{ default: MiniSearchClass }, documents]) => {
    const search = new MiniSearchClass<SearchDocument>({
      fields: ['heading', 'section', 'text'],
      storeFields: ['slug', 'section', 'heading', 'anchor', 'text'],
      tokenize,
      searchOptions: {
        boost: { heading: 3, section: 1.5 },
        prefix: true,
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    search.addAll(documents);
    return search;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const hrefOf = (hit: SearchDocument) =>
  hit.anchor ? `/${hit.slug}#${hit.anchor}` : `/${hit.slug}`;

/** About 140 characters of the prose around the first matched word, that word marked. */
function Snippet({ text, terms }: { text: string; terms: string[] }) {
  const lower = text.toLowerCase();
  const positions = terms
    .map((term) => ({ term, at: lower.indexOf(term) }))
    .filter((p) => p.at >= 0);
  if (positions.length === 0)
    return (
      <>
        {text.slice(0, 140)}
        {text.length > 140 ? '…' : ''}
      </>
    );
  const { term, at } = positions.reduce((a, b) => (b.at < a.at ? b : a));
  // Start at a word: the first space after 50 characters before the match.
  const space = text.indexOf(' ', at - 50);
  const from = at <= 50 ? 0 : space >= 0 && space < at ? space + 1 : at - 50;
  const to = Math.min(text.length, at + term.length + 90);
  return (
    <>
      {from > 0 ? '…' : ''}
      {text.slice(from, at)}
      <mark className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-400/30">
        {text.slice(at, at + term.length)}
      </mark>
      {text.slice(at + term.length, to)}
      {to < text.length ? '…' : ''}
    </>
  );
}

/**
 * The search dialog: a modal <dialog> (the page behind is inert; Esc closes it) with a combobox
 * whose arrow keys move through the results and Enter opens one at its heading.
 */
export default function SearchDialog({ onClose }: { onClose: (navigated: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const navigated = useRef(false);
  const router = useRouter();
  const listId = useId();
  const [engine, setEngine] = useState<MiniSearch<SearchDocument> | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    loadIndex().then(setEngine, () => setFailed(true));
  }, []);

  const hits = useMemo(
    () =>
      engine && query.trim() ? (engine.search(query.trim()).slice(0, 20) as unknown as Hit[]) : [],
    [engine, query],
  );
  const current = Math.min(active, Math.max(0, hits.length - 1));

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current, hits]);

  function open(hit: Hit) {
    navigated.current = true;
    dialog.current?.close();
    router.push(hrefOf(hit));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (hits.length === 0) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive((current + moves[event.key] + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[current]);
    }
  }

  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  function onDialogClick(event: MouseEvent<HTMLDialogElement>) {
    if (event.target === event.currentTarget) event.currentTarget.close();
  }

  const status = failed
    ? 'The search index could not be loaded.'
    : !engine
      ? 'Loading the index…'
      : !query.trim()
        ? 'Search the headings and prose of every section.'
        : hits.length === 0
          ? `No results for “${query.trim()}”.`
          : `${hits.length === 20 ? 'The first 20' : hits.length} result${hits.length === 1 ? '' : 's'}. Arrow keys choose, Enter opens.`;

  return (
    // A click on the backdrop closes it; Esc is the keyboard's way.
    <dialog
      ref={dialog}
      aria-label="Search the site"
      onClose={() => onClose(navigated.current)}
      onClick={onDialogClick}
      className="fixed inset-x-0 top-[6dvh] mx-auto my-0 flex max-h-[88dvh] w-[calc(100%-1rem)] max-w-xl flex-col overflow-hidden rounded-xl border border-zinc-200 bg-[var(--page-bg)] p-0 text-zinc-800 shadow-2xl backdrop:bg-zinc-950/50 backdrop:backdrop-blur-sm dark:border-zinc-700 dark:text-zinc-200"
    >
      <div className="flex items-center gap-2 border-b-2 border-zinc-200 px-3 focus-within:border-indigo-600 dark:border-zinc-800 dark:focus-within:border-indigo-400">
        <SearchIcon className="size-5 shrink-0 text-zinc-500 dark:text-zinc-400" />
        <input
          type="search"
          role="combobox"
          aria-label="Search the site"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? `${listId}-${current}` : undefined}
          placeholder="Search: GIL, thread_sensitive, TaskGroup…"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          // The row's coloured underline shows the focus; the site-wide outline would box the text.
          style={{ outline: 'none' }}
          className="h-12 min-w-0 flex-1 bg-transparent text-base text-zinc-900 outline-none placeholder:text-zinc-500 dark:text-zinc-100 dark:placeholder:text-zinc-400 [&::-webkit-search-cancel-button]:hidden"
        />
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          aria-label="Close search"
          className="rounded border border-zinc-200 px-1.5 py-0.5 text-xs text-zinc-600 hover:text-zinc-900 dark:border-zinc-700 dark:text-zinc-400 dark:hover:text-zinc-100"
        >
          Esc
        </button>
      </div>
      <ul
        ref={list}
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-2 empty:hidden"
      >
        {hits.map((hit, index) => (
          // Options are chosen by keyboard with the combobox's arrow keys and Enter.
          <li
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === current}
            data-href={hrefOf(hit)}
            onClick={() => open(hit)}
            onMouseMove={() => index !== current && setActive(index)}
            className="cursor-pointer rounded-lg px-3 py-2 aria-selected:bg-indigo-50 dark:aria-selected:bg-indigo-950/60"
          >
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">{hit.section}</span>
            <span className="block font-medium text-zinc-900 dark:text-zinc-100">
              {hit.heading}
            </span>
            <span className="mt-0.5 line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">
              <Snippet text={hit.text} terms={hit.terms} />
            </span>
          </li>
        ))}
      </ul>
      <p
        role="status"
        className="border-t border-zinc-200 px-4 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"
      >
        {status}
      </p>
    </dialog>
  );
}

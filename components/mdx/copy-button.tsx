/**
 * A listing's Copy button, rendered on the server: it copies the code of the listing it sits in
 * (the <pre> of its enclosing <figure>), exactly as shown, and says "Copied" for two seconds.
 * One listener for the whole page does the copying (components/site/copy-listener.tsx), so a
 * page of listings hydrates no component per button. The status line after it is announced.
 */
export function CopyButton({ label }: { label: string }) {
  return (
    <>
      <button
        type="button"
        aria-label={label}
        data-copy-button=""
        data-copy-state="idle"
        className="rounded px-1.5 py-0.5 font-sans text-xs font-medium text-zinc-600 hover:bg-zinc-200 hover:text-zinc-900 data-[copy-state=copied]:text-emerald-700 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:data-[copy-state=copied]:text-emerald-300"
      >
        Copy
      </button>
      <span role="status" className="sr-only" />
    </>
  );
}

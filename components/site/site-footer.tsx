/** The footer: what the site is and where its material comes from. */
export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-[90rem] px-4 py-8 text-sm text-zinc-500 sm:px-6 dark:text-zinc-400">
        <p>
          Concurrency Lab retells a 2020 essay on Django 3.1&apos;s async support, corrected for
          2026. Every number in an experiment is measured on this site&apos;s server while you
          watch.
        </p>
      </div>
    </footer>
  );
}

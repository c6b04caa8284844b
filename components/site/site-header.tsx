import Link from 'next/link';
import { Logo } from './logo';
import { SiteSearch } from './site-search';
import { ThemeToggle } from './theme-toggle';

/** The bar at the top of every reading page. */
export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-[var(--page-bg)]/90 backdrop-blur dark:border-zinc-800">
      <div className="mx-auto flex h-14 max-w-[90rem] items-center gap-3 px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 font-semibold tracking-tight text-zinc-900 dark:text-white"
        >
          <Logo className="size-7" />
          <span>Concurrency Lab</span>
        </Link>
        <div className="ml-auto flex items-center gap-1">
          {children}
          <SiteSearch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

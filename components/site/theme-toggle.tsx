import type { ReactNode } from 'react';
import { StrokeIcon } from './stroke-icon';

const button =
  'size-9 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white';

function ThemeButton({
  to,
  className,
  children,
}: {
  to: 'light' | 'dark';
  className: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      data-theme-switch={to}
      data-theme-current={to === 'dark' ? 'light' : 'dark'}
      aria-label={`Switch to ${to} theme`}
      title={`Switch to ${to} theme`}
      className={`${button} ${className}`}
    >
      {children}
    </button>
  );
}

/**
 * The button that switches between light and dark and remembers the choice. It is two buttons,
 * one per theme, and CSS shows the one that leads away from the current theme, so the server's
 * HTML is right in either; the <head> script (theme-script.ts) does the switching, so the page
 * hydrates nothing for it.
 */
export function ThemeToggle() {
  return (
    <>
      <ThemeButton to="dark" className="inline-flex dark:hidden">
        <StrokeIcon width={1.8}>
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
        </StrokeIcon>
      </ThemeButton>
      <ThemeButton to="light" className="hidden dark:inline-flex">
        <StrokeIcon width={1.8}>
          <circle cx="12" cy="12" r="4" />
          <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
        </StrokeIcon>
      </ThemeButton>
    </>
  );
}

'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { ThemeToggle } from '@/components/site/theme-toggle';
import { StrokeIcon } from '@/components/site/stroke-icon';

function ControlButton({
  label,
  onClick,
  disabled = false,
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={disabled ? undefined : onClick}
      // aria-disabled, not disabled: a disabled button would drop the focus of a keyboard user.
      aria-disabled={disabled || undefined}
      aria-label={label}
      title={label}
      className="inline-flex size-9 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-200 hover:text-zinc-950 aria-disabled:cursor-default aria-disabled:opacity-40 aria-disabled:hover:bg-transparent dark:text-zinc-200 dark:hover:bg-zinc-700 dark:hover:text-white"
    >
      <StrokeIcon>{children}</StrokeIcon>
    </button>
  );
}

export interface ControlBarProps {
  index: number;
  count: number;
  onPrev: () => void;
  onNext: () => void;
  onOverview: () => void;
  onHelp: () => void;
  /** Full screen toggle; omitted in the presenter view (the audience window goes full screen). */
  onFullscreen?: () => void;
  exitHref: string;
  /** Overlay bars fade out while the mouse rests; they stay reachable with Tab. */
  idle?: boolean;
  docked?: boolean;
}

/** Previous / slide x of n / next, overview, help, theme, full screen and exit. */
export function ControlBar({
  index,
  count,
  onPrev,
  onNext,
  onOverview,
  onHelp,
  onFullscreen,
  exitHref,
  idle = false,
  docked = false,
}: ControlBarProps) {
  return (
    <nav
      aria-label="Slide controls"
      data-deck-controls
      data-idle={idle}
      className={`deck-controls flex items-center gap-1 rounded-xl border border-zinc-300 bg-white/95 p-1 text-sm text-zinc-800 shadow-lg dark:border-zinc-700 dark:bg-zinc-900/95 dark:text-zinc-100 print:hidden ${
        docked ? 'self-center' : 'fixed bottom-3 left-1/2 z-20 -translate-x-1/2'
      }`}
    >
      <ControlButton label="Previous slide" onClick={onPrev} disabled={index === 0}>
        <path d="m15 18-6-6 6-6" />
      </ControlButton>
      <span
        className="min-w-[8.5rem] px-1 text-center font-medium tabular-nums"
        data-testid="slide-counter"
      >
        Slide {index + 1} of {count}
      </span>
      <ControlButton label="Next slide" onClick={onNext} disabled={index === count - 1}>
        <path d="m9 18 6-6-6-6" />
      </ControlButton>
      <span aria-hidden="true" className="mx-1 h-6 w-px bg-zinc-300 dark:bg-zinc-700" />
      <ControlButton label="Overview of all slides (O)" onClick={onOverview}>
        <rect x="3" y="4" width="7" height="6" rx="1" />
        <rect x="14" y="4" width="7" height="6" rx="1" />
        <rect x="3" y="14" width="7" height="6" rx="1" />
        <rect x="14" y="14" width="7" height="6" rx="1" />
      </ControlButton>
      <ControlButton label="Keyboard shortcuts (?)" onClick={onHelp}>
        <rect x="2" y="6" width="20" height="12" rx="2" />
        <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10" />
      </ControlButton>
      <ThemeToggle />
      {onFullscreen ? (
        <ControlButton label="Full screen (F)" onClick={onFullscreen}>
          <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
        </ControlButton>
      ) : null}
      <Link
        href={exitHref}
        aria-label="Exit to the reading page"
        title="Exit to the reading page (Esc)"
        className="inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-zinc-700 hover:bg-zinc-200 hover:text-zinc-950 dark:text-zinc-200 dark:hover:bg-zinc-700 dark:hover:text-white"
      >
        <StrokeIcon>
          <path d="M10 17l-5-5 5-5M5 12h11a4 4 0 0 1 4 4v3" />
        </StrokeIcon>
        <span>Exit</span>
      </Link>
    </nav>
  );
}

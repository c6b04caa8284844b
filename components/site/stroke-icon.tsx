import type { ReactNode } from 'react';

/** A 24 × 24 line icon drawn in the text colour (the paths are its children); decorative. */
export function StrokeIcon({
  children,
  className = 'size-5',
  width = 2,
}: {
  children: ReactNode;
  className?: string;
  /** The line width, in the icon's 24 units. */
  width?: number;
}) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={width}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

import { StrokeIcon } from './stroke-icon';

/** A magnifying glass, for the header's search button and the search dialog's input. */
export function SearchIcon({ className }: { className: string }) {
  return (
    <StrokeIcon className={className} width={1.8}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" />
    </StrokeIcon>
  );
}

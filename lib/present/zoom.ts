// Per-slide zoom of a deck (`+` / `-` in the presenter view, for a room with a small screen),
// kept free of the DOM so it can be tested. Saved per deck as { "<slide index>": factor }.

/** Zoom steps a slide can take; 1 is the slide as designed. */
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6] as const;

/** Zoom factors by 0-based slide index; a slide without an entry is at 1. */
export type SlideZooms = Readonly<Record<string, number>>;

/** Whether saved data is a zoom map this page wrote: integer keys, factors from ZOOM_STEPS. */
export function isSlideZooms(data: unknown): data is SlideZooms {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  return Object.entries(data).every(
    ([key, value]) =>
      /^\d{1,4}$/.test(key) &&
      typeof value === 'number' &&
      (ZOOM_STEPS as readonly number[]).includes(value),
  );
}

/** The zoom one step up (`+1`) or down (`-1`) from `current`, within ZOOM_STEPS. */
export function stepZoom(current: number, direction: 1 | -1): number {
  const at = ZOOM_STEPS.findIndex((step) => step >= current - 1e-9);
  const index = at === -1 ? ZOOM_STEPS.length - 1 : at;
  const next = Math.min(ZOOM_STEPS.length - 1, Math.max(0, index + direction));
  return ZOOM_STEPS[next];
}

/** `zooms` with slide `index` at `zoom` (the entry dropped at 1, so the map stays small). */
export function withZoom(zooms: SlideZooms, index: number, zoom: number): SlideZooms {
  const next: Record<string, number> = { ...zooms };
  if (zoom === 1) delete next[String(index)];
  else next[String(index)] = zoom;
  return next;
}

/** The browser-storage key of a deck's zooms. */
export const zoomStorageKey = (slug: string) => `deck-zoom:${slug}`;

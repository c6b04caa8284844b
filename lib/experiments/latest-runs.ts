// Which runs a lab draws side by side: the latest of each variant, measured with one setup.
import { byVariant } from './by-variant';

interface Comparable<V extends string> {
  id: string;
  variant: V;
  status: 'running' | 'done' | 'error' | 'cancelled';
}

/**
 * The latest run of each variant measured with `setup`, so that timelines on one axis and bars
 * in one chart compare like with like (a change of engine or of task count starts a new
 * comparison; the run history keeps the rest). A failed run is never drawn.
 */
export function latestComparable<V extends string, Run extends Comparable<V>>(
  runs: readonly Run[],
  variants: readonly V[],
  setupOf: (run: Run) => string,
  setup: string,
): Record<V, Run | undefined> {
  const same = runs.filter((run) => run.status !== 'error' && setupOf(run) === setup);
  return byVariant(variants, (variant) => same.findLast((run) => run.variant === variant));
}

/** What decided the setup a lab draws, as of the last render. */
export interface SetupFocus {
  /** The setup of the reader's settings. */
  settings: string;
  /** The newest run (or null before any). */
  newestId: string | null;
  /** True when the reader's settings changed after the newest run arrived. */
  followSettings: boolean;
}

/**
 * Whose setup a lab draws: whichever changed last. Changing a setting shows the runs of the new
 * settings (none yet: "Not run with these settings yet"); a new run shows its own setup, which
 * is the settings' own for a run started here, and the run's for a recording the reader asked
 * for, a run from another window of a presentation, or the runs print mode brings back.
 * Returns `focus` itself when nothing changed (so a hook can keep it in state without looping).
 */
export function nextFocus(
  focus: SetupFocus | null,
  settings: string,
  newestId: string | null,
): SetupFocus {
  if (!focus) return { settings, newestId, followSettings: true };
  if (focus.settings !== settings) return { settings, newestId, followSettings: true };
  if (focus.newestId !== newestId) return { settings, newestId, followSettings: false };
  return focus;
}

/** The setup to draw under `focus`: the settings', or the newest run's. */
export function focusedSetup<Run>(
  focus: SetupFocus,
  newest: Run | undefined,
  setupOf: (run: Run) => string,
): string {
  return focus.followSettings || !newest ? focus.settings : setupOf(newest);
}

/**
 * A setup as one string, for comparing like with like: each of `defaults`' keys as typed, a
 * blank one as its default, a number as its value ("0300" and "300 " are 300).
 */
export function setupKey(
  settings: Readonly<Record<string, string | undefined>>,
  defaults: Readonly<Record<string, string | number | null>>,
): string {
  return Object.keys(defaults)
    .map((key) => {
      const typed = settings[key]?.trim() || String(defaults[key] ?? '');
      const value = Number(typed);
      return typed !== '' && Number.isFinite(value) ? String(value) : typed;
    })
    .join('/');
}

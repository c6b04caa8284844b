import type { ReactNode } from 'react';
import type { RunChannel } from './use-experiment-runs';

/**
 * What a lab's server component hands its live panel: the code that ran (rendered on the
 * server, one entry per tab), the server's bounds for the settings, and, in a presentation,
 * the channel that shares runs with the deck's other windows.
 */
export interface LiveLabProps<CodeKey extends string, Bounds> {
  code: Record<CodeKey, ReactNode>;
  bounds: Bounds;
  channel?: RunChannel;
}

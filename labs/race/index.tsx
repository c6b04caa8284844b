import { RACE_LIMITS } from '@/labs/race/params';
import { RaceLabLazy } from './ui/race-lab-lazy';

/**
 * The race lab as used in MDX (`<RaceLab />`). On the server it reads the server's bounds and
 * hands them to the client panel, which loads when the reader comes near it, with the files each
 * configuration runs (lab-code.tsx, so the shown code is the run code). The panel reads its
 * settings from the URL, so it renders in the browser; a placeholder keeps its space till then.
 */
export function RaceLab() {
  return (
    <RaceLabLazy
      bounds={{
        maxWorkers: RACE_LIMITS.maxWorkers,
        maxTransfers: RACE_LIMITS.maxTransfers,
        maxRunMs: RACE_LIMITS.maxRunMs,
      }}
    />
  );
}

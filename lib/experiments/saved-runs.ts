import * as z from 'zod/mini';

/**
 * The finished runs a lab keeps in the browser for print mode, as far as every lab shares
 * their shape. A lab's own settings, events and results are checked only as objects here;
 * a run that passes this and still cannot be drawn is caught by the lab panel's boundary.
 */
const finishedRuns = z.array(
  z.object({
    id: z.string(),
    variant: z.string(),
    settings: z.record(z.string(), z.unknown()),
    status: z.literal('done'),
    queued: z.null(),
    events: z.array(z.record(z.string(), z.unknown())),
    result: z.record(z.string(), z.unknown()),
    error: z.null(),
    recording: z.null(),
  }),
);

/** True for a list of finished runs in the shape above. */
export const areFinishedRuns = (data: unknown): data is z.infer<typeof finishedRuns> =>
  z.safeParse(finishedRuns, data).success;

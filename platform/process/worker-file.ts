import path from 'node:path';

/** The labs that keep files on disk for a worker thread, a child process or an interpreter. */
export type LabWithWorkers = 'io' | 'gil' | 'blocking' | 'race' | 'scale' | 'django';

/**
 * A file of a lab's `workers/` folder as an absolute path, loaded from disk at run time (never
 * bundled, so the type checker and the bundler cannot see it). Every call names its lab and file
 * as string literals: worker-file.test.ts finds each call in the source and checks the file exists.
 */
export function workerFile(lab: LabWithWorkers, name: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'labs', lab, 'workers', name);
}

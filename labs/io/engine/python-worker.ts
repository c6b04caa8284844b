import 'server-only';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PushQueue } from '@/platform/runs/push-queue.mjs';

/** What labs/io/workers/runner.py prints. */
export type RunnerLine =
  | { event: 'hello'; python: string; httpx: string; pool_limit: number }
  | { event: 'started'; setup_ms: number }
  | { event: 'request'; [field: string]: unknown }
  | { event: 'end'; elapsed_ms: number }
  | { event: 'error'; message: string };

/**
 * One warm CPython process running labs/io/workers/runner.py: started (and httpx imported)
 * before any run needs it, it takes one run per stdin line and prints JSON lines. It leads
 * its own process group, so `kill()` stops it and every thread of it at once.
 */
export class PythonWorker {
  readonly hello: Promise<Extract<RunnerLine, { event: 'hello' }>>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines = new PushQueue<RunnerLine>();
  private readonly exited: Promise<void>;
  private stderr = '';

  constructor(python: string, script: string) {
    this.child = spawn(python, ['-E', '-s', '-B', '-u', script], { detached: true, stdio: 'pipe' });
    this.exited = new Promise((resolve) => this.child.once('close', () => resolve()));
    this.child.once('error', (error) => this.lines.end(error));
    // Writing to a worker that has just died fails with EPIPE; its run learns of it when the
    // worker's output ends, so the write error itself needs no handling (unhandled, it would
    // take the server down).
    this.child.stdin.on('error', () => undefined);
    this.child.stderr
      .setEncoding('utf8')
      .on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-2_000)));
    const reader = createInterface({ input: this.child.stdout, crlfDelay: Infinity });
    reader.on('line', (text) => {
      try {
        this.lines.push(JSON.parse(text) as RunnerLine);
      } catch {
        // Not a runner line (a stray print): ignored.
      }
    });
    reader.once('close', () =>
      this.lines.end(new Error(`the Python worker exited: ${this.stderr.trim() || 'no message'}`)),
    );
    this.hello = this.next().then((line) => {
      if (line.event !== 'hello') throw new Error(`the Python worker said ${line.event} first`);
      return line;
    });
    this.hello.catch(() => this.kill());
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The next line the worker prints; rejects when it has exited. */
  async next(): Promise<RunnerLine> {
    const { value, done } = await this.lines.next();
    if (done) throw new Error('the Python worker exited');
    return value;
  }

  send(job: unknown): void {
    this.child.stdin.write(`${JSON.stringify(job)}\n`);
  }

  /** Stops the worker's whole process group; resolves once it has exited and been reaped. */
  async kill(): Promise<void> {
    if (this.alive && this.child.pid !== undefined) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        // ESRCH: gone already.
      }
    }
    await this.exited;
  }
}

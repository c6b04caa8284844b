import 'server-only';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { pythonEnv, type DjangoPython } from './django-pythons';
import type { DjangoServerName } from '../contract';
import { workerFile } from '@/platform/process/worker-file';

/** The essay's project, served as it is (labs/django/workers/mysite). */
export const PROJECT_DIR = workerFile('django', 'mysite');
const LAUNCHER = workerFile('django', 'launch.py');

/** How long a server may take to answer for the first time. */
const START_TIMEOUT_MS = 20_000;

/** Kills a process group, ignoring one that is gone already. */
function killGroup(child: ChildProcess) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // gone already
  }
}

/** A free loopback port, from the kernel (bound and released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probeServer = createServer();
    probeServer.once('error', reject);
    probeServer.listen(0, '127.0.0.1', () => {
      const address = probeServer.address();
      probeServer.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ViewLine {
  task_id: string | null;
  start: number;
  end: number;
}

/** One running Django server: its process group, its port, and the sync views its log reports. */
export class RunningServer {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  private stderr = '';
  private listener: ((view: ViewLine) => void) | null = null;

  constructor(
    python: DjangoPython,
    server: DjangoServerName,
    readonly port: number,
  ) {
    const env = pythonEnv(python.pythonPath, {
      DJANGO_SETTINGS_MODULE: 'mysite.settings',
      MYSITE_PORT: String(port),
    });
    // Its own process group (detached), so that stopping it kills the whole group.
    this.child = spawn(python.command, ['-s', '-B', LAUNCHER, server, String(port)], {
      cwd: PROJECT_DIR,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.child.once('close', () => resolve()));
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{"view"')) return;
      try {
        const view = JSON.parse(line) as ViewLine;
        this.listener?.(view);
      } catch {
        // not one of ours
      }
    });
    this.child.stderr!.on(
      'data',
      (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)),
    );
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The end of what the server wrote to stderr (for a server that would not start). */
  get log(): string {
    return this.stderr.trim().split('\n').slice(-3).join(' ').slice(-400);
  }

  /** Resolves once the server answers HTTP at all (a 404 for `/` will do). */
  async ready(): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (!this.alive)
        throw new Error(`the Django server exited at start: ${this.log || 'no message'}`);
      try {
        await fetch(`${this.url}/`, { signal: AbortSignal.timeout(1000) }).then((response) =>
          response.arrayBuffer(),
        );
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`the Django server did not answer within ${START_TIMEOUT_MS / 1000} s`);
  }

  /** Reports each sync view the server's log announces until the returned function is called. */
  watchViews(onView: (view: ViewLine) => void): () => void {
    this.listener = onView;
    return () => {
      if (this.listener === onView) this.listener = null;
    };
  }

  async stop(): Promise<void> {
    killGroup(this.child);
    await this.exited;
  }
}

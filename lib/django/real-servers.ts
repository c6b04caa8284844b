import 'server-only';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { notOnThisServer, ApiError } from '@/lib/api/errors';
import {
  DJANGO_SERVERS,
  DJANGO_VERSIONS,
  type DjangoServerName,
  type DjangoVersion,
  type RealDjangoInfo,
  type RealDjangoResult,
  type RealDjangoView,
} from './real-types';

const ROOT = /* turbopackIgnore: true */ process.cwd();
/** The essay's project, served as it is (lib/django/mysite). */
export const PROJECT_DIR = path.join(/* turbopackIgnore: true */ ROOT, 'lib/django/mysite');
const LAUNCHER = path.join(/* turbopackIgnore: true */ ROOT, 'lib/django/launch.py');
/** Where `npm run setup:python` unpacks Django 4.2 from bookworm-backports. */
const DJANGO42_PATH = path.join(
  /* turbopackIgnore: true */ ROOT,
  '.python/django42/usr/lib/python3/dist-packages',
);

export const HOW_TO_GET_DJANGO =
  'Run `npm run setup:python` (Debian: `apt-get install python3-django uvicorn python3-httpx`, and Django 4.2 from bookworm-backports), then restart the server.';

/** How long a server may take to answer for the first time. */
const START_TIMEOUT_MS = 20_000;
/** The aggregated view's own worst case is ten 1 s views in a row (~10.5 s); a run never waits longer than this. */
const RUN_TIMEOUT_MS = 30_000;
/** Runs that may wait for one server; beyond that a 429. */
const MAX_WAITING = 4;

export interface DjangoPython {
  command: string;
  python: string;
  django: string;
  /** Put first on PYTHONPATH (Django 4.2 unpacked beside the system's 3.2), or null. */
  pythonPath: string | null;
}

const PROBE =
  'import json, platform, django, uvicorn, httpx; print(json.dumps({"python": platform.python_version(), "django": django.get_version()}))';

/** A small environment for Python: PATH, a UTF-8 locale, the unpacked Django first when asked, and `extra`. */
function pythonEnv(
  pythonPath: string | null,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    NODE_ENV: process.env.NODE_ENV,
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    ...(pythonPath ? { PYTHONPATH: pythonPath } : {}),
    ...extra,
  };
}

function probe(command: string, pythonPath: string | null): Promise<DjangoPython | null> {
  return new Promise((resolve) => {
    const env = pythonEnv(pythonPath);
    execFile(
      command,
      ['-s', '-c', PROBE],
      { timeout: 10_000, killSignal: 'SIGKILL', env },
      (error, stdout) => {
        try {
          resolve(
            error
              ? null
              : {
                  command,
                  pythonPath,
                  ...(JSON.parse(stdout) as { python: string; django: string }),
                },
          );
        } catch {
          resolve(null);
        }
      },
    );
  });
}

const isVersion = (version: DjangoVersion, found: string) =>
  version === '3.2' ? found.startsWith('3.') : Number(found.split('.')[0]) >= 4;

/**
 * For each Django line, the first interpreter (the .venv of `npm run setup:python`, python3 on
 * PATH, Debian's) that imports it with uvicorn and httpx: 3.2 as installed, 4.2 from the
 * unpacked bookworm-backports package put first on PYTHONPATH (or a Django ≥ 4 installed).
 */
async function discover(): Promise<Record<DjangoVersion, DjangoPython | null>> {
  const candidates = [
    path.join(/* turbopackIgnore: true */ ROOT, '.venv/bin/python3'),
    'python3',
    '/usr/bin/python3',
  ];
  const plain = await Promise.all(candidates.map((command) => probe(command, null)));
  const unpacked = existsSync(path.join(/* turbopackIgnore: true */ DJANGO42_PATH, 'django'))
    ? await Promise.all(candidates.map((command) => probe(command, DJANGO42_PATH)))
    : [];
  const pick = (version: DjangoVersion) =>
    [...unpacked, ...plain].find((found) => found && isVersion(version, found.django)) ?? null;
  return { '3.2': pick('3.2'), '4.2': pick('4.2') };
}

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
function freePort(): Promise<number> {
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ViewLine {
  task_id: string | null;
  start: number;
  end: number;
}

/** One running Django server: its process group, its port, and the sync views its log reports. */
class RunningServer {
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

/** How long the log may stay quiet before the views a run caused are taken to be over (each sleeps 1 s). */
const QUIET_MS = 1600;
/** The longest a run waits after its answer for the sync views still queued (ten in a row take 10 s). */
const DRAIN_MS = 11_000;

/**
 * Waits, after the aggregated view answered, for the sync views it caused to end: normally all
 * ten have (their log lines may trail by a moment); after a timeout some may still be queued on
 * Django 3.2's one thread, and would otherwise run into the next run on this server.
 */
async function drain(views: unknown[], server: RunningServer): Promise<void> {
  const deadline = performance.now() + DRAIN_MS;
  let seen = views.length;
  let quietSince = performance.now();
  while (views.length < 10 && server.alive && performance.now() < deadline) {
    await sleep(20);
    if (views.length !== seen) {
      seen = views.length;
      quietSince = performance.now();
    } else if (performance.now() - quietSince > (views.length === 0 ? 200 : QUIET_MS)) {
      return;
    }
  }
}

/** The first line of Django's plain-text 500 page: the exception and where (plus its message, if any). */
export function errorOf(status: number, body: string): string {
  const lines = body.split('\n').map((line) => line.trim());
  const [first = '', second = ''] = lines;
  const message =
    second && second !== 'No exception message supplied' && !second.startsWith('Request Method')
      ? `: ${second}`
      : '';
  return (`${first}${message}` || `HTTP ${status}`).slice(0, 300);
}

/** One of the four servers: started on first use, kept warm, one run at a time, restarted when it died. */
class DjangoServerSlot {
  private running: RunningServer | null = null;
  private starting: Promise<RunningServer> | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(
    readonly version: DjangoVersion,
    readonly server: DjangoServerName,
    private readonly python: DjangoPython,
  ) {}

  get pid(): number | undefined {
    return this.running?.alive ? this.running.child.pid : undefined;
  }

  /** The live server, started (or restarted) when needed; `restarted` when an earlier one died. */
  private async serve(): Promise<{ server: RunningServer; restarted: boolean }> {
    if (this.running?.alive) return { server: this.running, restarted: false };
    const restarted = this.running !== null;
    this.running = null;
    this.starting ??= (async () => {
      for (let attempt = 0; ; attempt++) {
        const server = new RunningServer(this.python, this.server, await freePort());
        try {
          await server.ready();
          return server;
        } catch (error) {
          await server.stop();
          // Another process may have taken the port between the probe and the bind: once more.
          if (attempt >= 1) throw error;
        }
      }
    })().finally(() => (this.starting = null));
    this.running = await this.starting;
    return { server: this.running, restarted };
  }

  /** Runs `work` when the runs before it have ended; a 429 when too many wait already. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.waiting >= MAX_WAITING) {
      return Promise.reject(
        new ApiError(
          429,
          `Django ${this.version} with ${this.server} is busy with other runs; try again in a few seconds`,
          [],
          { 'Retry-After': '10' },
        ),
      );
    }
    this.waiting++;
    const turn = this.tail.then(
      () => work(),
      () => work(),
    );
    this.tail = turn.catch(() => undefined).finally(() => this.waiting--);
    return turn;
  }

  /** GET /async/api_aggregated/ once, timed, with the sync views it caused. */
  run(signal?: AbortSignal): Promise<RealDjangoResult> {
    return this.exclusive(async () => {
      signal?.throwIfAborted();
      const { server, restarted } = await this.serve();
      const views: ViewLine[] = [];
      const unwatch = server.watchViews((view) => views.push(view));
      const origin = Date.now();
      const started = performance.now();
      let status: number;
      let body: string;
      try {
        const response = await fetch(`${server.url}/async/api_aggregated/`, {
          headers: { Accept: 'text/plain, application/json' },
          signal: signal
            ? AbortSignal.any([signal, AbortSignal.timeout(RUN_TIMEOUT_MS)])
            : AbortSignal.timeout(RUN_TIMEOUT_MS),
        });
        status = response.status;
        body = await response.text();
      } catch (error) {
        unwatch();
        // A killed server drops its connections before Node has seen it exit.
        await Promise.race([server.exited, sleep(300)]);
        if (!server.alive) {
          throw new ApiError(
            502,
            `the Django ${this.version} server (${this.server}) stopped during the run; the next run starts a new one`,
          );
        }
        // A run cancelled or out of time leaves the essay's view at work inside the server (on
        // Django 3.2 under uvicorn, with sync views queued on its one thread): that server is
        // stopped, so the next run starts a fresh one instead of inheriting its leftovers.
        this.running = null;
        await server.stop();
        if (signal?.aborted) throw error;
        throw new ApiError(
          504,
          `Django ${this.version} with ${this.server} did not answer within ${RUN_TIMEOUT_MS / 1000} s; the next run starts a new server`,
        );
      }
      const elapsed_ms = performance.now() - started;
      await drain(views, server);
      unwatch();
      let debug_message: string | null = null;
      let error: string | null = null;
      if (status === 200) {
        try {
          debug_message =
            String((JSON.parse(body) as { debug_message?: unknown }).debug_message ?? '') || null;
        } catch {
          error = 'the view answered 200 without JSON';
        }
      } else {
        error = errorOf(status, body);
      }
      const toView = (view: ViewLine): RealDjangoView => ({
        task_id: view.task_id === null ? null : String(view.task_id).slice(0, 20),
        start_ms: Math.round((view.start * 1000 - origin) * 10) / 10,
        end_ms: Math.round((view.end * 1000 - origin) * 10) / 10,
      });
      return {
        django_version: this.python.django,
        server: this.server,
        python: this.python.python,
        elapsed_ms: Math.round(elapsed_ms * 10) / 10,
        status,
        debug_message,
        error,
        restarted,
        views: views
          .slice(0, 50)
          .map(toView)
          .sort((a, b) => a.start_ms - b.start_ms),
      };
    });
  }

  async stop(): Promise<void> {
    const starting = this.starting?.catch(() => null);
    const running = this.running ?? (await starting) ?? null;
    this.running = null;
    await running?.stop();
  }
}

interface Manager {
  pythons: Promise<Record<DjangoVersion, DjangoPython | null>>;
  slots: Map<string, DjangoServerSlot>;
  exitHook: boolean;
}

const holder = globalThis as typeof globalThis & { __concurrencyLabRealDjango?: Manager };
const manager = (): Manager =>
  (holder.__concurrencyLabRealDjango ??= {
    pythons: discover(),
    slots: new Map(),
    exitHook: false,
  });

/** The interpreters for Django 3.2 and 4.2 here, looked up once per server process. */
export function findDjangoPythons(): Promise<Record<DjangoVersion, DjangoPython | null>> {
  return manager().pythons;
}

/** The server for one combination, made on first use (the process starts with its first run). */
export async function djangoServer(
  version: DjangoVersion,
  server: DjangoServerName,
): Promise<DjangoServerSlot> {
  const state = manager();
  const python = (await state.pythons)[version];
  if (!python)
    throw notOnThisServer('django', `Django ${version} is not available on this server. ${HOW_TO_GET_DJANGO}`);
  if (!state.exitHook) {
    state.exitHook = true;
    // The servers die with the site: their process groups are killed when Node exits.
    process.once('exit', () => {
      for (const slot of state.slots.values()) {
        const pid = slot.pid;
        if (pid !== undefined) {
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            // gone already
          }
        }
      }
    });
  }
  const key = `${version}/${server}`;
  let slot = state.slots.get(key);
  if (!slot) state.slots.set(key, (slot = new DjangoServerSlot(version, server, python)));
  return slot;
}

/** Stops every Django server this process started, and waits until they are gone. */
export async function stopDjangoServers(): Promise<void> {
  const { slots } = manager();
  await Promise.all([...slots.values()].map((slot) => slot.stop()));
}

/** The pid of a combination's live server (tests kill it to see it restarted), or undefined. */
export function djangoServerPid(
  version: DjangoVersion,
  server: DjangoServerName,
): number | undefined {
  return manager().slots.get(`${version}/${server}`)?.pid;
}

/** What GET /api/experiments/django/info answers. */
export async function realDjangoInfo(): Promise<RealDjangoInfo> {
  const pythons = await findDjangoPythons();
  const combinations = DJANGO_VERSIONS.flatMap((django) =>
    DJANGO_SERVERS.map((server) => ({
      django,
      server,
      available: pythons[django] !== null,
      django_version: pythons[django]?.django ?? null,
    })),
  );
  const anyPython = pythons['3.2'] ?? pythons['4.2'];
  const absent = DJANGO_VERSIONS.filter((version) => !pythons[version]);
  return {
    combinations,
    python: anyPython?.python ?? null,
    missing:
      absent.length === 0
        ? null
        : `Django ${absent.join(' and ')} ${absent.length > 1 ? 'are' : 'is'} not installed here. ${HOW_TO_GET_DJANGO}`,
  };
}

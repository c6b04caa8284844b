import 'server-only';
import { notOnThisServer, ApiError } from '@/platform/http/errors';
import { discover, HOW_TO_GET_DJANGO, type DjangoPython } from './django-pythons';
import { freePort, RunningServer, sleep, type ViewLine } from './running-server';
import {
  DJANGO_SERVERS,
  DJANGO_VERSIONS,
  type DjangoServerName,
  type DjangoVersion,
  type RealDjangoInfo,
  type RealDjangoResult,
  type RealDjangoView,
} from '../contract';

/** The aggregated view's own worst case is ten 1 s views in a row (~10.5 s); a run never waits longer than this. */
const RUN_TIMEOUT_MS = 30_000;
/** Runs that may wait for one server; beyond that a 429. */
const MAX_WAITING = 4;

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
    throw notOnThisServer(
      'django',
      `Django ${version} is not available on this server. ${HOW_TO_GET_DJANGO}`,
    );
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

import 'server-only';
import { unlessAborted } from '@/platform/runs/run-guard';
import { ApiError } from '@/platform/http/errors';

// Admission control shared by every experiment endpoint. A run needs one of `maxRuns` run
// slots and `units` of in-flight work (upstream requests, threads, processes) out of
// `maxInflight`. Runs that compute (the GIL, race and scale labs) also take turns: one at a
// time server-wide, since two that share the cores would each measure half a machine; I/O
// runs go on beside them. A run that does not fit waits in a bounded first-in-first-out
// queue (the client sees its position); when the queue is full it is refused with 429.
// A run whose setup eats CPU (starting a pool of threads) does it while nobody else is being
// measured: see `whileAlone`.

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The limits, from environment variables (documented in the README). */
export const ADMISSION_LIMITS = {
  maxRuns: envInt('LAB_MAX_RUNS', 24),
  // In-flight units are mostly upstream requests, and every request of an async run is
  // handled on the server's one event loop: ~1 ms of it per request for fetch, plus ~7 ms
  // per HTTP request for Next.js's routing and proxy.ts (measured on this 2-core machine).
  // Runs that share the loop are each measured with the others' work in it: two 10-request
  // runs at once stayed within 1.5× their ideal here, four did not. Beyond that the queue,
  // which shows its wait, is the honest answer. A bigger run (count=100) still runs, alone.
  maxInflight: envInt('LAB_MAX_INFLIGHT', 20),
  maxQueue: envInt('LAB_MAX_QUEUE', 120),
  queueTimeoutMs: envInt('LAB_QUEUE_TIMEOUT_MS', 60_000),
};

/** What a run holds while it runs: units of in-flight work, and whether it keeps the cores busy. */
export interface Demand {
  units: number;
  computes?: boolean;
}

export interface Ticket {
  release(): void;
}

interface Waiter {
  units: number;
  computes: boolean;
  admit(ticket: Ticket): void;
  onPosition(position: number, length: number): void;
}

/** Run slots, in-flight units and the queue; one instance per server process. */
export class Admission {
  private runs = 0;
  private inflight = 0;
  private computing = 0;
  private readonly queue: Waiter[] = [];
  // Admitted runs inside `whileAlone` (waiting for their turn or doing their setup).
  private setups = 0;
  private setupTurn: Promise<void> = Promise.resolve();
  private onAlone: (() => void) | null = null;

  constructor(private readonly limits: typeof ADMISSION_LIMITS) {}

  /** What is in use right now (for tests and the health endpoint). */
  usage() {
    return {
      runs: this.runs,
      inflight: this.inflight,
      computing: this.computing,
      queued: this.queue.length,
    };
  }

  private fits(units: number, computes: boolean): boolean {
    return (
      this.setups === 0 &&
      this.runs < this.limits.maxRuns &&
      this.inflight + units <= this.limits.maxInflight &&
      !(computes && this.computing > 0)
    );
  }

  /** True when every admitted run is in a setup: nothing is being measured. */
  private alone(): boolean {
    return this.runs - this.setups <= 0;
  }

  private take(units: number, computes: boolean): Ticket {
    this.runs++;
    this.inflight += units;
    if (computes) this.computing++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.runs--;
        this.inflight -= units;
        if (computes) this.computing--;
        this.pump();
      },
    };
  }

  /** Admits waiters from the head of the queue while they fit (no overtaking: fair to big runs). */
  private pump() {
    if (this.onAlone && this.alone()) {
      const wake = this.onAlone;
      this.onAlone = null;
      wake();
    }
    while (this.queue.length > 0 && this.fits(this.queue[0].units, this.queue[0].computes)) {
      const waiter = this.queue.shift()!;
      waiter.admit(this.take(waiter.units, waiter.computes));
    }
    this.queue.forEach((waiter, index) => waiter.onPosition(index + 1, this.queue.length));
  }

  /**
   * Runs `work`, the setup of an admitted run that holds a ticket (starting threads costs a
   * second or more of CPU), while no other run is being measured: new runs wait in the queue,
   * and `work` starts once the runs already under way have ended, or after `maxWaitMs` at most
   * (a long run must not stall the server). Setups take turns, and each waits for the runs
   * before it, including the run whose setup came first. A run whose `signal` aborts while it
   * waits gives up its turn at once, with the signal's reason, and `work` never starts.
   */
  async whileAlone<T>(
    work: () => Promise<T>,
    options: { maxWaitMs?: number; signal?: AbortSignal } = {},
  ): Promise<T> {
    const { maxWaitMs = 2_000, signal } = options;
    const untilAborted = (wait: Promise<void>) => (signal ? unlessAborted(wait, signal) : wait);
    this.setups++;
    const previous = this.setupTurn;
    let endTurn!: () => void;
    this.setupTurn = new Promise<void>((resolve) => (endTurn = resolve));
    try {
      await untilAborted(previous);
      if (!this.alone()) {
        let timer: NodeJS.Timeout | undefined;
        const alone = new Promise<void>((resolve) => {
          this.onAlone = resolve;
          timer = setTimeout(resolve, maxWaitMs);
        });
        await untilAborted(alone).finally(() => {
          clearTimeout(timer);
          this.onAlone = null;
        });
      }
      signal?.throwIfAborted();
      return await work();
    } finally {
      this.setups--;
      // A run that gave up early hands its turn on only once the turn before it is over.
      void previous.then(endTurn);
      this.pump();
    }
  }

  /**
   * A ticket for a run that holds `demand` (a number: units of in-flight work only): at
   * once if there is room, else after waiting in the queue (reporting its position). Refused
   * with 429 when the queue is full, 503 after waiting too long; an aborted `signal` leaves
   * the queue.
   */
  async admit(
    demand: number | Demand,
    signal: AbortSignal,
    onPosition: (position: number, length: number) => void = () => {},
  ): Promise<Ticket> {
    const asked = typeof demand === 'number' ? { units: demand } : demand;
    // A run bigger than the whole budget may still run, alone.
    const units = Math.min(Math.max(1, Math.ceil(asked.units)), this.limits.maxInflight);
    const computes = asked.computes === true;
    if (this.queue.length === 0 && this.fits(units, computes)) return this.take(units, computes);
    if (this.queue.length >= this.limits.maxQueue) {
      throw new ApiError(
        429,
        'the server is at capacity and its queue is full; try again shortly',
        [],
        { 'Retry-After': '10' },
      );
    }
    signal.throwIfAborted();
    return new Promise<Ticket>((resolve, reject) => {
      const leave = (error: Error) => {
        const index = this.queue.indexOf(waiter);
        if (index !== -1) this.queue.splice(index, 1);
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.pump();
        reject(error);
      };
      const onAbort = () =>
        leave(
          signal.reason instanceof Error
            ? signal.reason
            : new DOMException('aborted', 'AbortError'),
        );
      const timer = setTimeout(
        () =>
          leave(
            new ApiError(503, 'waited too long in the queue; the server is very busy', [], {
              'Retry-After': '15',
            }),
          ),
        this.limits.queueTimeoutMs,
      );
      const waiter: Waiter = {
        units,
        computes,
        onPosition,
        admit: (ticket) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          resolve(ticket);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      onPosition(this.queue.length, this.queue.length);
    });
  }
}

const holder = globalThis as typeof globalThis & { __concurrencyLabAdmission?: Admission };

/** The server's one admission controller. */
export const admission = (holder.__concurrencyLabAdmission ??= new Admission(ADMISSION_LIMITS));

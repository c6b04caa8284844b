import 'server-only';
import { fork } from 'node:child_process';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { pushStream } from '@/platform/runs/push-queue.mjs';
import { unlessAborted } from '@/platform/runs/run-guard';
import { laneReport, relativeRuns, round } from '../lane-report';
import type { EngineEvent } from '../contract';
import { monoMs, type LaneResult, type Work } from '../workers/work.mjs';

/** What one thread or process is asked to do (lane-host.mjs reads it). */
export interface Assignment {
  lanes: number[];
  work: Work;
  iterationsPerMs: number;
}

type HostMessage = { type: 'ready' } | { type: 'lane'; lane: LaneResult };

/** The threads or processes of one run, as the parent sees them. */
interface LaneHosts {
  pids: number[];
  /** Resolves when every host has warmed up and waits for the go. */
  ready: Promise<unknown>;
  /** Rejects when a host fails or dies before it is reaped. */
  failed: Promise<never>;
  go(): void;
  /** Terminates or kills whatever still runs, and resolves once it is gone. */
  reap(): Promise<void>;
}

type OnLane = (lane: LaneResult) => void;

/**
 * Follows one thread's or process's messages: `ready` resolves on its ready message, and
 * `unfinished()` says whether it still owes lanes (ending then is a failure).
 */
function follow(assignment: Assignment, onLane: OnLane) {
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  let reported = 0;
  const onMessage = (message: HostMessage) => {
    if (message.type === 'ready') return onReady();
    reported++;
    onLane(message.lane);
  };
  const unfinished = () => reported < assignment.lanes.length;
  return { ready, onMessage, unfinished };
}

/** Worker threads running `entry`; with `gil`, they share one model GIL. */
export function startThreads(
  entry: string,
  assignments: Assignment[],
  gil: SharedArrayBuffer | null,
  onLane: OnLane,
): LaneHosts {
  // One flag in shared memory that every thread waits on: one notify releases them all.
  const go = new SharedArrayBuffer(4);
  const workers = assignments.map(
    (assignment) =>
      new Worker(entry, {
        name: `gil ${path.basename(entry)}`,
        workerData: { ...assignment, go, gil },
      }),
  );
  const hosts = workers.map((worker, index) => {
    const { ready, onMessage, unfinished } = follow(assignments[index], onLane);
    worker.on('message', onMessage);
    // Messages a thread posted before it ended are delivered before its 'exit'.
    const failed = new Promise<never>((_, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (unfinished())
          reject(new Error(`a worker thread ended before its lanes were done (code ${code})`));
      });
    });
    return { ready, failed };
  });
  const failed = Promise.race(hosts.map((host) => host.failed));
  failed.catch(() => undefined); // rejections after reaping are expected
  return {
    pids: [],
    ready: Promise.all(hosts.map((host) => host.ready)),
    failed,
    go() {
      const flag = new Int32Array(go);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    },
    async reap() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** `node` child processes running `entry`, one per assignment. */
export function startProcesses(
  entry: string,
  assignments: Assignment[],
  onLane: OnLane,
): LaneHosts {
  // The server's own NODE_OPTIONS (dev tooling, an inspector port) are not the children's business.
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const hosts = assignments.map((assignment) => {
    const child = fork(entry, [], {
      execArgv: [],
      env,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let stderr = '';
    child.stderr
      ?.setEncoding('utf8')
      .on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2_000)));
    const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
    const { ready, onMessage, unfinished } = follow(assignment, onLane);
    child.on('message', onMessage);
    // 'close' comes after the IPC channel is drained, so every lane it sent has been seen.
    const failed = new Promise<never>((_, reject) => {
      child.once('error', reject);
      void closed.then(() => {
        if (unfinished())
          reject(
            new Error(
              `a child process ended before its lane was done (${child.exitCode ?? child.signalCode}): ${stderr.trim()}`,
            ),
          );
      });
    });
    child.send({ type: 'setup', ...assignment });
    return { child, ready, failed, closed };
  });
  const failed = Promise.race(hosts.map((host) => host.failed));
  failed.catch(() => undefined);
  return {
    pids: hosts.flatMap(({ child }) => (child.pid === undefined ? [] : [child.pid])),
    ready: Promise.all(hosts.map((host) => host.ready)),
    failed,
    go() {
      for (const { child } of hosts) if (child.connected) child.send({ type: 'go' });
    },
    async reap() {
      for (const { child } of hosts)
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await Promise.all(hosts.map((host) => host.closed));
    },
  };
}

/**
 * Runs lanes on threads or processes: waits until all are ready, starts the clock, lets them
 * go and yields `ready`, each `lane` as it reports, then `end`. Whatever was started is
 * reaped before the iteration ends, however it ends.
 */
export function runLanes(
  start: (onLane: OnLane) => LaneHosts,
  lanes: number,
  iterationsPerMs: number,
  signal: AbortSignal,
): AsyncIterable<EngineEvent> {
  return pushStream<EngineEvent>(async (push) => {
    const requested = monoMs();
    let origin = Number.NaN;
    const ends: number[] = [];
    let allReported!: () => void;
    const reported = new Promise<void>((resolve) => (allReported = resolve));
    const hosts = start((lane) => {
      ends.push(lane.end);
      const { end, runs, ...rest } = lane;
      push({
        type: 'lane',
        lane: laneReport({
          ...rest,
          runs: relativeRuns(runs, origin),
          end_ms: round(end - origin),
        }),
      });
      if (ends.length === lanes) allReported();
    });
    try {
      await unlessAborted(Promise.race([hosts.ready, hosts.failed]), signal);
      origin = monoMs();
      push({
        type: 'ready',
        setup_ms: round(origin - requested),
        iterations_per_ms: iterationsPerMs,
        pids: hosts.pids,
      });
      hosts.go();
      await unlessAborted(Promise.race([reported, hosts.failed]), signal);
      push({ type: 'end', elapsed_ms: round(Math.max(...ends) - origin) });
    } finally {
      await hosts.reap();
    }
  });
}

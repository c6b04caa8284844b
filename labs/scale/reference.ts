// Published figures for threads and tasks, drawn beside this server's own measurements. Each
// is what its source measured on its own machine and runtime: a reference, not a prediction.

/** A range as published; a single figure has low === high. */
export interface FigureRange {
  low: number;
  high: number;
}

/** One published (or earlier measured-here) figure about threads or tasks. */
export interface ReferenceFigure {
  id: string;
  /** What is measured, short enough for a chart legend. */
  label: string;
  unit: 'thread' | 'task' | 'worker';
  /** Language or runtime the figure is about. */
  runtime: string;
  /** Resident (RSS) memory per unit, comparable with the lab's `bytes_per_unit`. */
  bytes_per_unit: FigureRange | null;
  /** Kernel memory per unit, which RSS does not show (compare `kernel_stack_delta_bytes` / count). */
  kernel_bytes_per_unit: FigureRange | null;
  /** Time to create one unit. */
  create_us: FigureRange | null;
  /** Time to switch from one unit to another. */
  switch_us: FigureRange | null;
  /** What the number includes, or does not. */
  note: string;
  source: { title: string; author: string; year: number; url: string };
}

const KIB = 1024;
const MIB = 1024 * KIB;
const one = (value: number): FigureRange => ({ low: value, high: value });

const BENDERSKY = {
  title: 'Measuring context switching and memory overheads for Linux threads',
  author: 'Eli Bendersky',
  year: 2018,
  url: 'https://eli.thegreenplace.net/2018/measuring-context-switching-and-memory-overheads-for-linux-threads/',
};
const BLANDY = {
  title: 'context-switch: comparing Linux thread and async task switching, creation and memory',
  author: 'Jim Blandy',
  year: 2020,
  url: 'https://github.com/jimblandy/context-switch',
};
const ASYNCIO_MILLION = {
  title:
    'Python memory usage for 1 million asyncio tasks, 3.9 to 3.13 (async-runtimes-benchmarks #15)',
  author: 'geminixiang',
  year: 2025,
  url: 'https://github.com/pkolaczk/async-runtimes-benchmarks/issues/15',
};
const MEASURED_HERE = {
  title: 'Concurrency Lab: measurements on this project’s machines',
  author: 'Concurrency Lab',
  year: 2026,
  url: '/threads-vs-async#scalability',
};

/** The reference figures for the scale chart, threads first, then tasks. */
export const SCALE_REFERENCE: readonly ReferenceFigure[] = [
  {
    id: 'bendersky-c-thread',
    label: 'Linux thread, C (Bendersky)',
    unit: 'thread',
    runtime: 'C, Linux',
    bytes_per_unit: null,
    kernel_bytes_per_unit: null,
    create_us: null,
    switch_us: { low: 1.2, high: 2.2 },
    note: '~1.2–1.5 µs pinned to one core, ~2.2 µs unpinned. The stack (8 MiB, `ulimit -s`) is virtual: pages become resident only when touched, so 10,000 threads are no problem.',
    source: BENDERSKY,
  },
  {
    id: 'blandy-rust-thread',
    label: 'OS thread, Rust (Blandy)',
    unit: 'thread',
    runtime: 'Rust, Linux',
    bytes_per_unit: one(9.5 * KIB),
    kernel_bytes_per_unit: one(10 * KIB),
    create_us: one(17),
    switch_us: one(1.7),
    note: '~9.5 KiB resident in user space plus ~10 KiB in the kernel; 80,000 threads on a laptop after raising OS limits.',
    source: BLANDY,
  },
  {
    id: 'node-worker-here',
    label: 'Node worker thread (measured here)',
    unit: 'worker',
    runtime: 'Node 20',
    bytes_per_unit: one(8.4 * MIB),
    kernel_bytes_per_unit: null,
    create_us: { low: 16_000, high: 17_000 },
    switch_us: null,
    note: 'An idle worker_threads worker: an OS thread plus a whole V8 isolate. Creation is spawn → first message.',
    source: MEASURED_HERE,
  },
  {
    id: 'blandy-rust-task',
    label: 'async task, Rust (Blandy)',
    unit: 'task',
    runtime: 'Rust, Tokio',
    bytes_per_unit: one(0.4 * KIB),
    kernel_bytes_per_unit: null,
    create_us: one(0.3),
    switch_us: one(0.2),
    note: '250,000 tasks on a laptop without tuning. Switching is as slow as threads (~1.7 µs) when the switch is caused by I/O readiness.',
    source: BLANDY,
  },
  {
    id: 'asyncio-million',
    label: 'asyncio task, 1M tasks',
    unit: 'task',
    runtime: 'CPython 3.9–3.13',
    bytes_per_unit: { low: 0.7 * 1000, high: 1.2 * 1000 },
    kernel_bytes_per_unit: null,
    create_us: null,
    switch_us: null,
    note: 'Process RSS with 1,000,000 tasks each awaiting asyncio.sleep: ~1.16 GB on 3.9, ~0.75 GB on 3.11, ~0.73 GB on 3.13.',
    source: ASYNCIO_MILLION,
  },
  {
    id: 'asyncio-here',
    label: 'asyncio task (measured here)',
    unit: 'task',
    runtime: 'CPython 3.11',
    bytes_per_unit: one(1.4 * 1000),
    kernel_bytes_per_unit: null,
    create_us: null,
    switch_us: null,
    note: 'A suspended task awaiting a sleep.',
    source: MEASURED_HERE,
  },
  {
    id: 'node-async-here',
    label: 'Node async function (measured here)',
    unit: 'task',
    runtime: 'Node 20',
    bytes_per_unit: { low: 48, high: 400 },
    kernel_bytes_per_unit: null,
    create_us: null,
    switch_us: null,
    note: 'V8 heap only: a pending Promise ~48 B, a suspended async function ~400 B; awaiting setTimeout adds the timer (~0.7 KB in all).',
    source: MEASURED_HERE,
  },
];

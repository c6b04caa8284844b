// @ts-check
// A class mode room: 60 students join one class, hold their event streams open and each send a
// prediction at a random moment within 5 s; the teacher's stream times each from submit to
// arrival. Then the teacher sends a run and every student's stream times its arrival.
// Targets: p95 submit → teacher ≤ 1 s, no errors, the run on all 60 devices, and a lab run
// (async, 10 × 100 ms, the teacher's) as fast with 60 streams open as with none (within 5 %).
// Usage: npm run load:class -- [http://127.0.0.1:3000] [http://second-instance]  (CLASS_STUDENTS=60)
// With a second URL the students join through it and the teacher stays on the first (Redis).
import {
  newClientCookie,
  percentile,
  printTable,
  runOnce,
  sleep,
  sseFrames,
} from './lab-client.mjs';

const teacherBase = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const studentBase = (process.argv[3] ?? teacherBase).replace(/\/$/, '');
const students = Number(process.env.CLASS_STUDENTS ?? 60);
const WINDOW_MS = 5000;
const TARGET_P95_MS = 1000;

let errors = 0;
/** @param {string} what @param {unknown} detail */
function fail(what, detail) {
  errors += 1;
  console.error(`error: ${what}: ${detail}`);
}

/** POSTs JSON with a cookie; returns the response. */
async function post(
  /** @type {string} */ url,
  /** @type {string} */ cookie,
  /** @type {unknown} */ body,
) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });
}

/**
 * Opens a class's event stream and calls `onEvent(name, data)` for each event until `signal`
 * aborts. Resolves once the stream is open.
 */
async function openStream(
  /** @type {string} */ url,
  /** @type {string} */ cookie,
  /** @type {(name: string, data: any) => void} */ onEvent,
  /** @type {AbortSignal} */ signal,
) {
  const response = await fetch(url, {
    headers: { Cookie: cookie, Accept: 'text/event-stream' },
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const body = response.body;
  void (async () => {
    try {
      for await (const { event, data } of sseFrames(body))
        if (event && data !== null) onEvent(event, data);
    } catch (error) {
      if (!signal.aborted) fail('stream', error);
    }
  })();
}

/** The median elapsed time of a few teacher's runs of the async lab (ms). */
async function labRunMs() {
  const cookie = await newClientCookie(teacherBase);
  const elapsed = [];
  for (let i = 0; i < 7; i++) {
    const outcome = await runOnce(
      teacherBase,
      '/api/experiments/io?strategy=async&count=10&delay_ms=100',
      { cookie },
    );
    if (outcome.error) fail('lab run', outcome.error);
    else elapsed.push(outcome.result.elapsed_ms);
  }
  return percentile(elapsed, 50);
}
const aloneMs = await labRunMs();

const cookieOf = (/** @type {Response} */ response) =>
  (response.headers.get('set-cookie') ?? '').split(';')[0];

const stop = new AbortController();
const created = await fetch(`${teacherBase}/api/class`, { method: 'POST' });
if (created.status !== 201) throw new Error(`creating a class answered ${created.status}`);
const { code } = /** @type {{ code: string }} */ (await created.json());
const teacher = cookieOf(created);
const variants = [
  { id: 'sequential', label: 'Sequential' },
  { id: 'threads', label: 'Thread pool' },
  { id: 'async', label: 'Async' },
];
const slide = {
  index: 4,
  title: 'Run the experiment',
  prompt: { kind: 'predict', id: 's4', title: 'Run the experiment', variants },
};
if (
  !(await post(`${teacherBase}/api/class/${code}/teacher`, teacher, { action: 'slide', slide })).ok
)
  throw new Error('slide refused');

/** studentId → when the teacher's stream delivered that student's prediction. */
const arrivals = new Map();
await openStream(
  `${teacherBase}/api/class/${code}/events`,
  teacher,
  (name, data) => {
    if (name === 'prediction') arrivals.set(data.prediction.studentId, performance.now());
  },
  stop.signal,
);

// Join and hold a stream each.
const joined = await Promise.all(
  Array.from({ length: students }, async (_, i) => {
    const response = await post(`${studentBase}/api/class/${code}/student`, '', {
      action: 'join',
      nickname: `S${i + 1}`,
    });
    if (response.status !== 201) {
      fail('join', response.status);
      return null;
    }
    const { student } = /** @type {{ student: { id: number } }} */ (await response.json());
    const device = {
      id: student.id,
      cookie: cookieOf(response),
      runAt: /** @type {number | null} */ (null),
    };
    await openStream(
      `${studentBase}/api/class/${code}/events`,
      device.cookie,
      (name) => {
        if (name === 'run') device.runAt = performance.now();
      },
      stop.signal,
    );
    return device;
  }),
);
const devices = joined.filter((d) => d !== null);

const withStudentsMs = await labRunMs();

// Each predicts at a random moment within the window.
/** studentId → when its prediction was sent. */
const sentAt = new Map();
await Promise.all(
  devices.map(async (device) => {
    await sleep(Math.random() * WINDOW_MS);
    const guesses = {
      sequential: 500 + Math.round(Math.random() * 1000),
      threads: 200,
      async: 100 + Math.round(Math.random() * 100),
    };
    sentAt.set(device.id, performance.now());
    const response = await post(`${studentBase}/api/class/${code}/student`, device.cookie, {
      action: 'predict',
      questionId: 's4',
      guesses,
    });
    if (!response.ok) fail('predict', response.status);
  }),
);
const deadline = performance.now() + 3000;
while (arrivals.size < devices.length && performance.now() < deadline) await sleep(20);
const latencies = devices.flatMap((d) =>
  arrivals.has(d.id) ? [arrivals.get(d.id) - sentAt.get(d.id)] : [],
);
if (latencies.length < devices.length)
  fail('predictions missing at the teacher', devices.length - latencies.length);

// One run, to every device.
const runSent = performance.now();
if (
  !(
    await post(`${teacherBase}/api/class/${code}/teacher`, teacher, {
      action: 'run',
      questionId: 's4',
      measured: { sequential: 1012, threads: 212, async: 104 },
    })
  ).ok
)
  fail('run', 'refused');
const runDeadline = performance.now() + 3000;
while (devices.some((d) => d.runAt === null) && performance.now() < runDeadline) await sleep(20);
const runLatencies = devices.flatMap((d) => (d.runAt === null ? [] : [d.runAt - runSent]));
if (runLatencies.length < devices.length)
  fail('run missing on devices', devices.length - runLatencies.length);
stop.abort();

console.log(
  `class ${code}: ${devices.length} students joined${studentBase === teacherBase ? '' : ` through ${studentBase}, teacher on ${teacherBase}`}`,
);
printTable([
  ['what', 'count', 'p50 ms', 'p95 ms', 'max ms'],
  [
    'submit → teacher',
    latencies.length,
    percentile(latencies, 50),
    percentile(latencies, 95),
    Math.max(...latencies),
  ],
  [
    'run → students',
    runLatencies.length,
    percentile(runLatencies, 50),
    percentile(runLatencies, 95),
    Math.max(...runLatencies),
  ],
]);
const slowdown = withStudentsMs / aloneMs - 1;
console.log(
  `lab run (async, 10 × 100 ms), median of 7: ${aloneMs.toFixed(1)} ms alone, ${withStudentsMs.toFixed(1)} ms with ${devices.length} streams open (${(slowdown * 100).toFixed(1)} %)`,
);
const ok =
  errors === 0 &&
  percentile(latencies, 95) <= TARGET_P95_MS &&
  runLatencies.length === devices.length &&
  slowdown <= 0.05;
console.log(
  `errors: ${errors}; targets (p95 ≤ ${TARGET_P95_MS} ms, run on every device, lab run within 5 %): ${ok ? 'met' : 'NOT met'}`,
);
process.exit(ok ? 0 : 1);

// @ts-check
// Malformed requests, generated from a seed, for every endpoint of the site's API: wrong types,
// NaN, negative and huge numbers, repeated and unknown parameters, URL-ish values, long query
// strings, odd headers and odd methods. Shared by bench/fuzz.mjs (against a running server)
// and test/hardening/fuzz.test.ts (the route handlers in-process). The same seed gives the
// same requests, so a failure can be replayed.

/**
 * Each endpoint with a cheap valid query (the base every case mutates, so that a mutation
 * that happens to be valid starts a short run, never a long one) and its parameters.
 * @type {{ path: string, base: Record<string, string>, params: string[] }[]}
 */
export const ENDPOINTS = [
  {
    path: '/api/experiments/io',
    base: { strategy: 'async', engine: 'cpython', count: '2', delay_ms: '5' },
    params: [
      'strategy',
      'engine',
      'count',
      'delay_ms',
      'jitter_ms',
      'workers',
      'limit',
      'fail_rate',
      'seed',
    ],
  },
  {
    path: '/api/experiments/blocking',
    base: { mode: 'await-sleep', tasks: '1', delay_ms: '5', block_ms: '5' },
    params: ['mode', 'tasks', 'delay_ms', 'block_ms'],
  },
  {
    path: '/api/experiments/gil',
    base: { strategy: 'sequential', engine: 'node', tasks: '1', work_ms: '10' },
    params: ['strategy', 'tasks', 'work_ms', 'engine', 'gil', 'switch_interval_ms'],
  },
  {
    path: '/api/experiments/race',
    base: { strategy: 'async', transfers: '100', workers: '1' },
    params: ['strategy', 'workers', 'transfers', 'lock', 'yield_between', 'engine'],
  },
  {
    path: '/api/experiments/scale',
    base: { kind: 'tasks', count: '10' },
    params: ['kind', 'count', 'engine'],
  },
  { path: '/api/experiments/gil/info', base: {}, params: [] },
  { path: '/api/experiments/io/info', base: {}, params: [] },
  { path: '/api/experiments/blocking/info', base: {}, params: [] },
  {
    path: '/api/experiments/django',
    base: { django: '4.2', server: 'uvicorn' },
    params: ['django', 'server'],
  },
  { path: '/api/experiments/django/info', base: {}, params: [] },
  {
    path: '/api/upstream',
    base: { delay_ms: '1' },
    params: ['delay_ms', 'jitter_ms', 'fail_rate', 'task_id', 'seed'],
  },
  { path: '/api/health', base: {}, params: [] },
  { path: '/sync/api/', base: { task_id: '1' }, params: ['task_id'] },
  { path: '/async/api_aggregated/', base: {}, params: [] },
];

/** Values no parameter accepts (or that a sloppy parser would accept wrongly). */
const BAD_VALUES = [
  'abc',
  'true',
  'null',
  'undefined',
  '{}',
  '[]',
  '[1,2]',
  '{"a":1}',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '+5',
  '-1',
  '-0',
  '-999999999',
  '-2147483649',
  '99999999999999999999',
  '1e3',
  '1E3',
  '1e309',
  '0x10',
  '0b11',
  '0o7',
  '1.5',
  '.5',
  '5.',
  '1,000',
  '1_000',
  ' 5',
  '5 ',
  '\t5',
  '5\n',
  '５',
  '٥',
  '0005',
  '00',
  '1/2',
  '2-1',
  '1+1',
  'http://evil.example/',
  '//evil.example',
  'file:///etc/passwd',
  '../../etc/passwd',
  'javascript:alert(1)',
  '127.0.0.1:22',
  'http://169.254.169.254/latest/meta-data/',
  '%00',
  '\u0000',
  '\u202e',
  '💥',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'toString',
  'on',
  'off',
  'yes',
  'ON',
  'Off',
  '1',
  '0',
  '0.5',
  '1.0000001',
  '2',
  '0.1234567',
];

/** Parameter names no endpoint knows, and near misses. */
const UNKNOWN_NAMES = [
  'foo',
  'Count',
  'COUNT',
  'count ',
  ' count',
  'count[]',
  'count[0]',
  '__proto__',
  'constructor',
  'prototype',
  'strategy.x',
  'a'.repeat(300),
  '',
  '%',
  '&',
  '=',
];

/** A seeded PRNG (mulberry32), so that a seed gives the same cases. */
function random(/** @type {number} */ seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {object} FuzzCase
 * @property {number} id
 * @property {string} method
 * @property {string} endpoint the endpoint's path, for counting
 * @property {string} url path and query (percent-encoded where the mutation encoded it)
 * @property {Record<string, string>} headers
 * @property {string} what what was done to the request, for reports
 * @property {boolean} raw send the bytes as they are, past a client's validation (bad header characters)
 */

/**
 * `count` malformed requests from `seed`. Each takes an endpoint's cheap valid query and breaks
 * it in one to three ways.
 * @param {number} seed
 * @param {number} count
 * @returns {FuzzCase[]}
 */
export function fuzzCases(seed, count) {
  const next = random(seed);
  const pick = (/** @type {readonly any[]} */ list) => list[Math.floor(next() * list.length)];
  const int = (/** @type {number} */ min, /** @type {number} */ max) =>
    min + Math.floor(next() * (max - min + 1));
  /** @type {FuzzCase[]} */
  const cases = [];
  for (let id = 0; id < count; id++) {
    const endpoint = pick(ENDPOINTS);
    /** @type {[string, string][]} */
    const pairs = Object.entries(endpoint.base);
    /** @type {Record<string, string>} */
    const headers = {};
    const what = [];
    let method = 'GET';
    let raw = false;
    let pathname = endpoint.path;
    let rawQuery = '';
    const mutations = int(1, 3);
    for (let m = 0; m < mutations; m++) {
      const kind = next();
      const param = endpoint.params.length > 0 ? pick(endpoint.params) : 'x';
      if (kind < 0.3) {
        // A bad value for a real parameter.
        const value = pick(BAD_VALUES);
        const existing = pairs.findIndex(([name]) => name === param);
        if (existing >= 0) pairs[existing] = [param, value];
        else pairs.push([param, value]);
        what.push(`${param}=${JSON.stringify(value).slice(0, 40)}`);
      } else if (kind < 0.4) {
        pairs.push([param, pick([...BAD_VALUES, ...Object.values(endpoint.base)])]);
        if (!pairs.some(([name], i) => name === param && i < pairs.length - 1))
          pairs.push([param, '1']);
        what.push(`repeated ${param}`);
      } else if (kind < 0.5) {
        pairs.push([pick(UNKNOWN_NAMES), pick(BAD_VALUES)]);
        what.push('unknown param');
      } else if (kind < 0.56) {
        // A long query string: a huge value, or thousands of parameters.
        const length = pick([1_000, 8_000, 15_000, 40_000, 100_000]);
        if (next() < 0.5) pairs.push([param, 'x'.repeat(length)]);
        else for (let i = 0; i < length / 10; i++) pairs.push([`p${i}`, String(i)]);
        what.push(`long query ~${length}`);
      } else if (kind < 0.62) {
        // Hand-written query text: malformed percent-encoding, stray separators.
        rawQuery = pick([
          '%',
          '%E0%A4%A',
          '%zz=1',
          '&&&&',
          '=1',
          'count',
          'count==1',
          '?count=1',
          '%00=%00',
          '%C0%AE%C0%AE',
          'a=%F0%9F%92',
          ';count=1',
          'count=1;count=2',
        ]);
        what.push(`raw query ${rawQuery}`);
      } else if (kind < 0.68) {
        // An out-of-range but well-formed number: the bound must hold.
        pairs.push([
          param,
          String(
            pick([
              -1,
              0,
              1_000_001,
              2 ** 31,
              10 ** 9 - 1,
              100_001,
              65,
              17,
              9,
              2_001,
              10_001,
              5_001,
            ]),
          ),
        ]);
        what.push(`${param} out of range`);
      } else if (kind < 0.76) {
        method = pick(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND']);
        what.push(method);
      } else if (kind < 0.86) {
        const header = pick([
          ['accept', 'text/event-stream'],
          ['accept', 'text/event-stream;q=0, application/json'],
          ['accept', 'application/xml'],
          ['accept', '*/*;q=abc'],
          ['accept', 'x'.repeat(4_000)],
          ['accept', ''],
          ['content-type', 'application/json'],
          ['content-length', '0'],
          ['cookie', 'lab_client=short'],
          ['cookie', `lab_client=${'a'.repeat(100)}`],
          ['cookie', 'lab_client=;lab_client=x;lab_client'],
          ['cookie', `x=${'y'.repeat(6_000)}`],
          ['x-forwarded-for', '1.2.3.4, 5.6.7.8'],
          ['x-forwarded-for', 'not an address'],
          ['x-huge', 'h'.repeat(pick([8_000, 20_000, 70_000]))],
          ['range', 'bytes=0-1'],
          ['if-none-match', '*'],
          ['accept-encoding', 'gzip, br, zstd, x-unknown'],
          ['x-middleware-subrequest', 'middleware:middleware:middleware:middleware:middleware'],
          ['x-nextjs-data', '1'],
          ['rsc', '1'],
          ['next-router-prefetch', '1'],
        ]);
        headers[header[0]] = header[1];
        what.push(
          `header ${header[0]}: ${header[1].slice(0, 30)}${header[1].length > 30 ? `… (${header[1].length})` : ''}`,
        );
      } else if (kind < 0.9) {
        for (let i = 0; i < pick([50, 200]); i++) headers[`x-many-${i}`] = String(i);
        what.push('many headers');
      } else if (kind < 0.94) {
        // Bytes a client library would refuse to send.
        raw = true;
        headers['x-bad'] = pick(['a\u0001b', 'tab\there', 'ü-latin1', '\u00ff\u00fe']);
        what.push('raw header bytes');
      } else {
        // Odd spellings of the path.
        pathname = pick([
          `${endpoint.path}/`.replace(/\/\/$/, '/'),
          endpoint.path.replace(/\/$/, ''),
          `/${endpoint.path}`,
          endpoint.path.toUpperCase(),
          `${endpoint.path.replace(/\/$/, '')}/../health`,
          `${endpoint.path.replace(/\/$/, '')}/%2e%2e/health`,
          `${endpoint.path.replace(/\/$/, '')}%00`,
          `${endpoint.path.replace(/\/$/, '')}/extra`,
          `${endpoint.path.replace(/\/$/, '')}.json`,
        ]);
        what.push(`path ${pathname.slice(0, 60)}`);
      }
    }
    const query = rawQuery || new URLSearchParams(pairs).toString();
    cases.push({
      id,
      method,
      endpoint: endpoint.path,
      url: query ? `${pathname}?${query}` : pathname,
      headers,
      what: what.join('; '),
      raw,
    });
  }
  return cases;
}

/**
 * Requests that once reached a framework 500 or held a run's admission, sent as they are (no
 * seed): HEAD with every Accept on every experiment, broken `Range` headers on static files and
 * pages, undecodable paths, and prototype names as query parameters.
 * @returns {FuzzCase[]}
 */
export function probeCases() {
  /** @type {Omit<FuzzCase, 'id'>[]} */
  const probes = [];
  const experiments = ENDPOINTS.filter((endpoint) =>
    /^\/api\/experiments\/[a-z]+$/.test(endpoint.path),
  );
  for (const endpoint of experiments) {
    const query = new URLSearchParams(endpoint.base).toString();
    for (const accept of ['text/event-stream', 'application/json', '*/*', '']) {
      probes.push({
        method: 'HEAD',
        endpoint: endpoint.path,
        url: `${endpoint.path}?${query}`,
        headers: accept ? { accept } : {},
        what: `HEAD, Accept: ${accept || '(none)'}`,
        raw: false,
      });
    }
    for (const name of ['__proto__', 'constructor', 'prototype', '__proto__[x]']) {
      probes.push({
        method: 'GET',
        endpoint: endpoint.path,
        url: `${endpoint.path}?${query}&${encodeURIComponent(name)}=1`,
        headers: {},
        what: `prototype name ${name}`,
        raw: false,
      });
    }
  }
  for (const path of ['/readme/io-experiment.png', '/', '/gil', '/present/gil']) {
    for (const range of [
      'bytes=5-1',
      'bytes=-0',
      'bytes=abc',
      'bytes=999999-',
      'bytes=0-0,-1',
      'items=0-1',
    ]) {
      probes.push({
        method: 'GET',
        endpoint: 'static and pages',
        url: path,
        headers: { range },
        what: `Range: ${range}`,
        raw: false,
      });
    }
  }
  for (const path of [
    '/present/%ff',
    '/present/%c0%af',
    '/%ff',
    '/gil/%e0%a4%a',
    '/present/gil%',
    '/_next/static/%ff',
  ]) {
    probes.push({
      method: 'GET',
      endpoint: 'static and pages',
      url: path,
      headers: {},
      what: 'undecodable path',
      raw: false,
    });
  }
  return probes.map((probe, id) => ({ id: -1 - id, ...probe }));
}

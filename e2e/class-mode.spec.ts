import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoSeriousViolations, watchErrors } from './helpers';

// Class mode: the presenter view starts a class, the audience window shows how to join,
// students join on their phones (/join/<code>), guess, and see the teacher's one run.

const SHOTS = '/tmp/class-shots';
const DECK = '/present/concurrent-io';
const LAB_SLIDE = '#run-the-experiment';
const PHONE = { width: 360, height: 740 };

const visibleSlide = (page: Page) =>
  page.locator('[data-deck-stage] [data-slide-index]:not([hidden])');

async function openDeck(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('slide-counter')).toBeVisible();
  await expect(page.locator('html[data-deck-keys]')).toHaveCount(1);
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Both colour schemes of `page`, as a reader who never picked one would see them. */
async function inBothThemes(page: Page, each: (scheme: 'light' | 'dark') => Promise<void>) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await each(scheme);
  }
}

/** A student on their own device (own cookies), joined with `nickname`. */
async function joinAsStudent(
  browser: Browser,
  code: string,
  nickname: string,
  phone: boolean,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(
    phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {},
  );
  const page = await context.newPage();
  // A console error here would be, for one, a script the page's CSP refused.
  const errors = watchErrors(page);
  await page.goto(`/join/${code}`);
  await page.getByLabel(/Nickname/).fill(nickname);
  await page.getByRole('button', { name: 'Join the class' }).click();
  await expect(page.getByTestId('student-status')).toContainText(
    nickname ? `You are ${nickname}` : 'without a name',
  );
  return { context, page, errors };
}

test('a class: start, join by code, live predictions with the count, one run reaches every student', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const teacher = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const presenter = await teacher.newPage();
  const errors = watchErrors(presenter);
  await openDeck(presenter, `${DECK}?view=presenter${LAB_SLIDE}`);
  const audience = await teacher.newPage();
  await openDeck(audience, `${DECK}${LAB_SLIDE}`);

  await presenter.getByRole('button', { name: 'Start class' }).click();
  const code = (await presenter.getByTestId('class-code').textContent()) ?? '';
  expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
  // The deck was opened through 127.0.0.1, which no phone can reach: the teacher is told so.
  await expect(presenter.getByTestId('class-loopback-hint')).toBeVisible();

  // The audience window shows the join screen: the code, the address and a QR code.
  const joinScreen = audience.getByTestId('join-screen');
  await expect(joinScreen.getByTestId('join-code')).toHaveText(code);
  await expect(joinScreen.getByTestId('join-url')).toHaveText(
    `127.0.0.1:${new URL(audience.url()).port}/join/${code}`,
  );
  await expect(joinScreen.getByTestId('class-qr').locator('path')).toHaveAttribute('d', /^M/);
  await expectNoSeriousViolations(audience);
  await inBothThemes(audience, (scheme) => shot(audience, `join-screen-${scheme}`));

  const students = [
    await joinAsStudent(browser, code, 'Ada', true),
    await joinAsStudent(browser, code, '', true),
    await joinAsStudent(browser, code, 'Grace', false),
  ];
  await expect(joinScreen.getByTestId('join-count')).toHaveText('3 students have joined');
  await expect(presenter.getByTestId('class-joined')).toHaveText(' · 3 joined');

  // Each student sees the teacher's slide, and its lab's guesses; each guess reaches the projector.
  const guesses = [
    { sequential: '1000', threads: '300', async: '100' },
    { sequential: '600', threads: '600', async: '600' },
    { sequential: '1200', threads: '250', async: '150' },
  ];
  const answered = presenter.getByTestId('class-answered');
  await expect(answered).toHaveText('0 of 3 answered');
  for (const [i, { page }] of students.entries()) {
    await expect(page.getByTestId('student-slide-title')).toHaveText(/Run the experiment/i);
    for (const [strategy, ms] of Object.entries(guesses[i])) {
      await page
        .getByLabel(new RegExp(`^${strategy === 'threads' ? 'Thread' : strategy}`, 'i'))
        .fill(ms);
    }
    await page.getByRole('button', { name: 'Send my guesses' }).click();
    await expect(page.getByRole('status')).toContainText('Sent');
    await expect(answered).toHaveText(`${i + 1} of 3 answered`);
  }
  await expect(visibleSlide(audience).getByTestId('class-answered')).toHaveText('3 of 3 answered');
  await expect(presenter.getByTestId('class-strategy').first()).toContainText(
    'median 1.00 s, guesses from 600 ms to 1.20 s',
  );
  await presenter.getByRole('button', { name: 'Join screen' }).click();
  await expect(joinScreen).toHaveCount(0);
  await inBothThemes(audience, (scheme) => shot(audience, `live-predictions-${scheme}`));

  // The teacher runs the lab once; no student device calls an experiment endpoint.
  const studentRuns: string[] = [];
  for (const { page } of students)
    page.on('request', (r) => r.url().includes('/api/experiments/') && studentRuns.push(r.url()));
  const lab = visibleSlide(presenter).locator('[data-experiment="io"]');
  await lab.locator('[data-lab-settings] > summary').click();
  await lab.getByLabel('Requests', { exact: true }).fill('6');
  await lab.getByRole('button', { name: 'Run all three' }).click();
  // The run streams to the phones as it goes: a strategy still being measured shows how far
  // the server has got with it (once its first request is in), before its result lands.
  const streaming = students[1].page.getByTestId('my-result').locator('tr[data-running]');
  await expect(streaming.first()).toContainText(/running… [\d.,]+ (ms|s) so far/, {
    timeout: 30_000,
  });
  await shot(students[1].page, 'student-streaming-360');
  await expect(lab.locator('[data-strategy="async"][data-state="done"]')).toBeVisible({
    timeout: 60_000,
  });
  await expect(presenter.getByTestId('class-measured-line')).toHaveCount(3);
  await expect(visibleSlide(audience).getByTestId('class-verdict').first()).toContainText(
    'Measured',
  );

  for (const { page } of students) {
    const result = page.getByTestId('my-result');
    await expect(result.getByRole('row')).toHaveCount(4);
    await expect(result.locator('tr[data-running]')).toHaveCount(0);
    await expect(result.getByRole('row', { name: /Async/ })).toContainText(/\d+ ms/);
  }
  expect(studentRuns).toEqual([]);

  // Names only when the teacher turns them on; the board shows the result over the guesses, large.
  await expect(visibleSlide(audience).getByTestId('class-verdict').first()).not.toContainText(
    'closest: ',
  );
  await presenter.getByRole('button', { name: 'Names' }).click();
  await expect(visibleSlide(audience).getByTestId('class-verdict').first()).toContainText(
    'closest: ',
  );
  await presenter.getByRole('button', { name: 'Answers on screen' }).click();
  const board = audience.getByTestId('class-board');
  await expect(board.getByTestId('class-measured-line')).toHaveCount(3);
  await expect(board.getByTestId('class-answered')).toHaveText('3 of 3 answered');
  await expectNoSeriousViolations(audience);
  await inBothThemes(audience, (scheme) => shot(audience, `result-over-predictions-${scheme}`));
  await inBothThemes(presenter, (scheme) => shot(presenter, `presenter-result-${scheme}`));
  await inBothThemes(students[0].page, (scheme) =>
    shot(students[0].page, `student-result-360-${scheme}`),
  );
  await expectNoSeriousViolations(students[0].page);
  await expectNoSeriousViolations(presenter, '[data-testid="class-controls"]');

  // A multiple-choice question on a later slide (the presenter view reloaded: the class stays).
  const questionSlide = await presenter
    .locator('[data-deck-stage] [data-slide-index]:has([data-class-question])')
    .getAttribute('data-slide-index');
  await openDeck(presenter, `${DECK}?view=presenter#${Number(questionSlide) + 1}`);
  await expect(presenter.getByTestId('class-code')).toHaveText(code);
  const choices = board.getByTestId('choice-answered');
  await expect(choices).toHaveText('0 of 3 answered');
  for (const [i, { page }] of students.slice(0, 2).entries()) {
    await page.getByRole('radio', { name: /does not hold the GIL/ }).check();
    await page.getByRole('button', { name: 'Send my answer' }).click();
    await expect(choices).toHaveText(`${i + 1} of 3 answered`);
  }
  await expect(board.getByTestId('choice-option').first()).toContainText('2');
  await inBothThemes(students[1].page, (scheme) =>
    shot(students[1].page, `student-question-360-${scheme}`),
  );
  await shot(audience, 'question-board');

  // The teacher ends the class: students see it, the summary stays with its exports.
  await presenter.getByRole('button', { name: 'End class' }).click();
  await expect(students[2].page.getByText('This class has ended.')).toBeVisible();
  await expect(presenter.getByTestId('class-controls')).toContainText('ended');
  const csv = await teacher.request.get(`/api/class/${code}/export?format=csv`);
  expect(csv.status()).toBe(200);
  const rows = (await csv.text()).trim().split('\r\n');
  // A header, 3 students × 3 guesses, 2 answers, 3 measurements.
  expect(rows).toHaveLength(1 + 9 + 2 + 3);
  expect(
    rows.filter((row) => row.startsWith('"prediction"') && row.includes('"Grace"')),
  ).toHaveLength(3);
  const json = await (await teacher.request.get(`/api/class/${code}/export?format=json`)).json();
  expect(json.runs[0].measured).toHaveProperty('async');
  expect(
    (await students[0].context.request.get(`/api/class/${code}/export?format=csv`)).status(),
  ).toBe(403);
  expect(errors).toEqual([]);
  for (const student of students) expect(student.errors).toEqual([]);
  for (const { context } of students) await context.close();
  await teacher.close();
});

/** A production server of its own (own port, own settings), to stop and start within a test. */
function startServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn(
    'node',
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      detached: true, // its own process group: next start leaves a child on the port otherwise
      stdio: 'ignore',
      env: { ...process.env, ...env, LAB_WARM_UP: '0', NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
}

async function untilUp(base: string) {
  await expect
    .poll(
      () =>
        fetch(`${base}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .toBe(200);
}

function stopServer(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, 'SIGKILL');
}

test('a server restart keeps the class, and students reconnect on their own', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_PORT ?? 3100) + 7;
  const base = `http://127.0.0.1:${port}`;
  const database = path.join(mkdtempSync(path.join(tmpdir(), 'class-restart-')), 'class.sqlite');
  let server = startServer(port, { LAB_CLASS_DB: database });
  try {
    await untilUp(base);
    const created = await fetch(`${base}/api/class`, { method: 'POST' });
    const { code } = (await created.json()) as { code: string };
    const cookie = created.headers.get('set-cookie')!.split(';')[0];
    const slide = (index: number, title: string) =>
      fetch(`${base}/api/class/${code}/teacher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ action: 'slide', slide: { index, title, prompt: null } }),
      });
    expect((await slide(0, 'Before the restart')).status).toBe(200);

    const context = await browser.newContext({ viewport: PHONE, baseURL: base });
    const page = await context.newPage();
    await page.goto(`/join/${code}`);
    // By keyboard: type the nickname and press Enter.
    await page.getByLabel(/Nickname/).fill('Linus');
    await page.getByLabel(/Nickname/).press('Enter');
    await expect(page.getByTestId('student-slide-title')).toHaveText('Before the restart');

    stopServer(server);
    await expect(page.getByTestId('student-status')).toContainText('reconnecting');
    server = startServer(port, { LAB_CLASS_DB: database });
    await untilUp(base);
    // The teacher's cookie still works and the student's page, never reloaded, follows.
    expect((await slide(1, 'After the restart')).status).toBe(200);
    await expect(page.getByTestId('student-slide-title')).toHaveText('After the restart');
    await expect(page.getByTestId('student-status')).toHaveText('You are Linus');
    await page.reload();
    await expect(page.getByTestId('student-status')).toHaveText('You are Linus');
    await context.close();
  } finally {
    stopServer(server);
  }
});

/** A class's event stream read in Node: the returned list fills with its events and their arrival times. */
async function classStream(url: string, cookie: string, signal: AbortSignal) {
  const response = await fetch(url, { headers: { Cookie: cookie }, signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const seen: { type: string; at: number }[] = [];
  void (async () => {
    let text = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
      if (done) return;
      text += value;
      const frames = text.split('\n\n');
      text = frames.pop() ?? '';
      for (const frame of frames) {
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (data) seen.push({ type: JSON.parse(data).type, at: Date.now() });
      }
    }
  })();
  return seen;
}

test('two instances on one Redis: a student on A, the teacher on B', async ({ browser }) => {
  const redisUrl = process.env.LAB_TEST_REDIS_URL;
  test.skip(!redisUrl, 'set LAB_TEST_REDIS_URL to a Redis server (.ci/run starts one)');
  test.setTimeout(120_000);
  const first = Number(process.env.E2E_PORT ?? 3100) + 8;
  const [a, b] = [first, first + 1].map((port) => ({ port, base: `http://127.0.0.1:${port}` }));
  const servers = [a, b].map(({ port }) => startServer(port, { LAB_REDIS_URL: redisUrl! }));
  const stop = new AbortController();
  try {
    await Promise.all([untilUp(a.base), untilUp(b.base)]);
    const created = await fetch(`${b.base}/api/class`, { method: 'POST' });
    const { code } = (await created.json()) as { code: string };
    const cookie = created.headers.get('set-cookie')!.split(';')[0];
    const teacher = (body: unknown) =>
      fetch(`${b.base}/api/class/${code}/teacher`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify(body),
      });
    const prompt = {
      kind: 'predict',
      id: 's4',
      title: 'Fetch ten URLs',
      variants: [{ id: 'async', label: 'Async' }],
    };
    expect(
      (await teacher({ action: 'slide', slide: { index: 4, title: 'Fetch ten URLs', prompt } }))
        .status,
    ).toBe(200);
    const heard = await classStream(`${b.base}/api/class/${code}/events`, cookie, stop.signal);

    const context = await browser.newContext({ viewport: PHONE, baseURL: a.base });
    const page = await context.newPage();
    await page.goto(`/join/${code}`);
    await page.getByRole('button', { name: 'Join the class' }).click();
    await expect(page.getByTestId('student-slide-title')).toHaveText('Fetch ten URLs');
    await page.getByLabel('Async').fill('150');
    const sentAt = Date.now();
    await page.getByRole('button', { name: 'Send my guesses' }).click();
    await expect
      .poll(() => heard.find((e) => e.type === 'prediction')?.at, { timeout: 5000 })
      .toBeDefined();
    const delay = heard.find((e) => e.type === 'prediction')!.at - sentAt;
    expect(delay).toBeLessThan(1000);

    expect(
      (await teacher({ action: 'run', questionId: 's4', measured: { async: 104 } })).status,
    ).toBe(200);
    await expect(page.getByTestId('my-result').getByRole('row', { name: /Async/ })).toContainText(
      '104 ms',
    );
    await context.close();
  } finally {
    stop.abort();
    for (const server of servers) stopServer(server);
  }
});

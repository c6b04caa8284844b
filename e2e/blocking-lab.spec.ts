import { expect, test, type Locator } from '@playwright/test';
import { expectNoSeriousViolations, labOn, reading, expectRefusedInForm } from './helpers';

// The lab lives on the threads-vs-async page; LAB_PAGE_BLOCKING points elsewhere while it is being built.
const PAGE = process.env.LAB_PAGE_BLOCKING ?? '/threads-vs-async';
/** How long a run may take to show its numbers. */
const TIMEOUT = 30_000;

/** The task bars of one mode's timeline (annotation bands are rects too). */
const bars = (panel: Locator, mode: string) =>
  panel.locator(`[data-mode="${mode}"] svg rect:not([data-annotation])`);

test('the three modes at the defaults: only the blocking call stalls the other tasks, never the site', async ({
  page,
  request,
}) => {
  // CPython (asyncio) is the default engine where the server has python3.
  const { python } = (await (await request.get('/api/experiments/blocking/info')).json()) as {
    python: { version: string } | null;
  };
  if (!python)
    console.log('blocking lab e2e: python3 is not installed here, so the Node.js engine ran');
  await page.goto(PAGE);
  const panel = await labOn(page, 'blocking');
  // The picker shows the engine the next run gets, once the server has said what it has.
  await expect(panel.getByRole('radio', { name: python ? /^CPython/ : /^Node\.js/ })).toBeChecked();
  await panel.getByRole('button', { name: 'Run all three' }).click();
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(panel.locator('[data-mode="offloaded"][data-state="done"]')).toBeVisible({
    timeout: 30_000,
  });

  for (const mode of ['await-sleep', 'blocking-sleep', 'offloaded']) {
    // Task 0 waits 200 ms and then sleeps 1000 ms in every mode, so no batch is faster than 1.2 s.
    expect(await reading(panel, mode, 'data-elapsed', TIMEOUT)).toBeGreaterThanOrEqual(1150);
    await expect(bars(panel, mode)).toHaveCount(10);
    // The site's own event loop never waits for the run's blocking call.
    expect(await reading(panel, mode, 'data-main-lag', TIMEOUT)).toBeLessThan(500);
  }
  // The other nine were due at 200 ms: on time when task 0 yields or offloads, ~1 s late when it blocks.
  const politeLate = await reading(panel, 'await-sleep', 'data-late-max', TIMEOUT);
  const offloadedLate = await reading(panel, 'offloaded', 'data-late-max', TIMEOUT);
  const blockedLate = await reading(panel, 'blocking-sleep', 'data-late-max', TIMEOUT);
  expect(blockedLate).toBeGreaterThan(700);
  expect(politeLate).toBeLessThan(300);
  expect(offloadedLate).toBeLessThan(300);
  // The run's own loop froze for the blocking call, and the timeline marks the frozen stretch.
  expect(await reading(panel, 'blocking-sleep', 'data-max-lag', TIMEOUT)).toBeGreaterThan(700);
  expect(await reading(panel, 'await-sleep', 'data-max-lag', TIMEOUT)).toBeLessThan(300);
  await expect(panel.locator('[data-mode="blocking-sleep"] svg rect[data-annotation]')).toHaveCount(
    1,
  );
  await expect(panel.getByTestId('verdict-blocking-sleep')).toContainText('The mistake');

  // The lag chart draws one line per mode, and its data table holds the raw samples.
  const chart = panel.getByTestId('lag-chart');
  await expect(chart.locator('.recharts-line')).toHaveCount(3);
  await chart.getByText('Data table').click();
  await expect(
    chart.getByRole('region', { name: 'Event-loop lag samples' }).getByRole('row').nth(1),
  ).toBeVisible();

  const history = panel.getByRole('region', { name: 'Run history' });
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history.locator('tbody tr').first()).toContainText(
    python ? `CPython ${python.version}` : 'Node.js',
  );

  // The code that ran is the mode file the server loaded.
  await panel.getByText('Code that ran').click();
  await panel.getByRole('tab', { name: 'Blocking sleep' }).click();
  const file = python
    ? 'labs/blocking/workers/blocking_sleep.py'
    : 'labs/blocking/workers/blocking-sleep.mjs';
  await expect(panel.locator(`[data-source-file="${file}"]`)).toBeVisible();

  await expectNoSeriousViolations(page, '[data-experiment="blocking"]');
});

test('a finished run can be replayed: mid-run, only the blocking task is still going', async ({
  page,
}) => {
  await page.goto(`${PAGE}?blocking.tasks=4&blocking.delay_ms=100&blocking.block_ms=400`);
  const panel = await labOn(page, 'blocking');
  await expect(panel.getByLabel('Tasks', { exact: true })).toHaveValue('4');
  await panel.getByRole('button', { name: 'await sleep', exact: true }).click();
  await expect(panel.locator('[data-mode="await-sleep"][data-state="done"]')).toBeVisible({
    timeout: 30_000,
  });
  const replay = panel.getByRole('group', { name: 'Replay' });
  await replay.getByLabel('Moment shown').fill('300');
  // At 300 ms the three polite tasks are done (due at 100 ms) and task 0 still sleeps: one bar in progress.
  await expect(bars(panel, 'await-sleep')).toHaveCount(4);
  await expect(
    panel.locator('[data-mode="await-sleep"] svg rect[fill-opacity="0.45"]'),
  ).toHaveCount(1);
  await replay.getByRole('button', { name: 'Show all' }).click();
  await expect(
    panel.locator('[data-mode="await-sleep"] svg rect[fill-opacity="0.45"]'),
  ).toHaveCount(0);
});

test('bad input is refused in the form, next to the field, before a run', async ({ page }) => {
  await page.goto(PAGE);
  const panel = await labOn(page, 'blocking');
  const field = panel.getByLabel('Tasks', { exact: true });
  await field.fill('500');
  const run = panel.getByRole('button', { name: 'Offloaded', exact: true });
  await expectRefusedInForm(panel, field, run, 'Enter a whole number from 1 to 50.');
});

test('when the server cannot be reached, a clearly marked recording can be shown', async ({
  page,
}) => {
  await page.route('**/api/experiments/blocking**', (route) => route.abort('connectionrefused'));
  await page.goto(PAGE);
  const panel = await labOn(page, 'blocking');
  await panel.getByRole('button', { name: 'Blocking sleep', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Could not reach the server');
  await panel.getByRole('button', { name: 'Show a recorded run instead' }).click();
  await expect(
    panel.getByText(/Recording, not live: measured \d{4}-\d{2}-\d{2}/).first(),
  ).toBeVisible();
  for (const mode of ['await-sleep', 'blocking-sleep', 'offloaded'])
    await expect(bars(panel, mode)).toHaveCount(10);
});

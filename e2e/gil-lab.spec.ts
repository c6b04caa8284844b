import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, labOn, reading, expectRefusedInForm } from './helpers';

// The lab lives on the GIL page; LAB_PAGE_GIL points elsewhere while it is being built.
const PAGE = process.env.LAB_PAGE_GIL ?? '/gil';
/** How long a run may take to show its numbers. */
const TIMEOUT = 60_000;

interface Info {
  cores: number;
  python: { version: string } | null;
  free_threaded: unknown;
  default_engine: 'cpython' | 'node';
}

test('the engine picker offers what this server has, and says how to get a free-threaded Python', async ({
  page,
  request,
}) => {
  const info = (await (await request.get('/api/experiments/gil/info')).json()) as Info;
  await page.goto(PAGE);
  const panel = await labOn(page, 'gil');
  const picker = panel.getByTestId('engine-picker');
  if (info.python)
    await expect(
      picker.getByRole('radio', {
        name: new RegExp(`CPython ${info.python.version.replaceAll('.', '\\.')}`),
      }),
    ).toBeChecked();
  if (!info.free_threaded && info.default_engine === 'cpython') {
    await expect(picker.getByRole('radio', { name: /^off/ })).toBeDisabled();
    await expect(picker.getByText('No free-threaded Python on this server')).toBeVisible();
    await expect(picker.getByText('uv python install 3.14t')).toBeVisible();
  }
  // On Node the GIL is only ever a model, and says so.
  await picker.getByRole('radio', { name: /Node\.js/ }).check();
  await expect(picker.getByRole('radio', { name: 'on (model GIL)' })).toBeEnabled();
  await expect(picker.getByRole('radio', { name: /^off/ })).toBeChecked();
  await expect(page).toHaveURL(/gil\.engine=node/);
});

test('four strategies on the default engine: threads take turns under the GIL, processes run in parallel', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // 400 ms of work per task: with 200 ms, a CI run once saw the two processes not overlap at
  // all, one descheduled while the other computed, on two cores shared with the browser.
  await page.goto(`${PAGE}?gil.tasks=2&gil.work_ms=400`);
  const panel = await labOn(page, 'gil');
  await expect(
    panel.getByTestId('engine-picker').getByRole('radio', { checked: true }).first(),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Run all four' }).click();
  await expect(panel.locator('[data-strategy="async"][data-state="done"]')).toBeVisible({
    timeout: 90_000,
  });

  const cores = Number(await panel.getByTestId('cores').getAttribute('data-cores'));
  const sequential = await reading(panel, 'sequential', 'data-elapsed', TIMEOUT);
  const threads = await reading(panel, 'threads', 'data-elapsed', TIMEOUT);
  // With the default engine's GIL on, no two threads ever compute at once, so they are no faster
  // than one after another (in parallel, two threads would take about half as long)…
  expect(await reading(panel, 'threads', 'data-parallel-ms', TIMEOUT)).toBeLessThan(2);
  expect(threads / sequential).toBeGreaterThan(0.65);
  expect(await reading(panel, 'threads', 'data-turns-max', TIMEOUT)).toBeGreaterThan(2);
  // …nor two async tasks on one event loop (both 0 but for the rounding of the times to 0.01 ms)…
  expect(await reading(panel, 'async', 'data-parallel-ms', TIMEOUT)).toBeLessThan(2);
  // …while processes, with a GIL each, do on a machine with two cores or more (how long depends
  // on what else the machine runs; under one shared GIL it would be 0).
  if (cores >= 2)
    expect(await reading(panel, 'processes', 'data-parallel-ms', TIMEOUT)).toBeGreaterThan(5);
  await expect(panel.getByTestId('engine-threads')).toContainText(/GIL on/);

  // One bar per span a lane computed; the threads take many turns each.
  expect(await panel.locator('[data-strategy="threads"] svg rect').count()).toBeGreaterThan(4);
  await expect(panel.getByTestId('elapsed-chart').locator('.recharts-bar-rectangle')).toHaveCount(
    4,
  );
  await expect(panel.getByRole('region', { name: 'Run history' }).getByRole('row')).toHaveCount(5);

  await expectNoSeriousViolations(page, '[data-experiment="gil"]');
});

test('on Node with GIL on, the lock is labelled a model wherever it shows', async ({ page }) => {
  await page.goto(`${PAGE}?gil.engine=node&gil.gil=on&gil.tasks=2&gil.work_ms=100`);
  const panel = await labOn(page, 'gil');
  await expect(panel.getByRole('radio', { name: 'on (model GIL)' })).toBeChecked();
  await panel.getByRole('button', { name: 'Threads', exact: true }).click();
  await expect(panel.locator('[data-strategy="threads"][data-state="done"]')).toBeVisible({
    timeout: 60_000,
  });
  await expect(panel.getByTestId('engine-threads')).toHaveText(/Node\.js · model GIL/);
  await expect(panel.getByTestId('verdict-threads')).toContainText('model');
  expect(await reading(panel, 'threads', 'data-parallel-ms', TIMEOUT)).toBeLessThan(10);
});

test('bad input is refused in the form, next to the field, before a run', async ({ page }) => {
  await page.goto(PAGE);
  const panel = await labOn(page, 'gil');
  const field = panel.getByLabel('Work per task (ms)');
  await field.fill('5');
  const run = panel.getByRole('button', { name: 'Sequential', exact: true });
  await expectRefusedInForm(panel, field, run, 'Enter a whole number from 10 to 2000.');
});

test('when the server cannot be reached, a clearly marked recording can be shown', async ({
  page,
}) => {
  await page.route('**/api/experiments/gil?**', (route) => route.abort('connectionrefused'));
  await page.goto(PAGE);
  const panel = await labOn(page, 'gil');
  await panel.getByRole('button', { name: 'Threads', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Could not reach the server');
  await panel.getByRole('button', { name: 'Show a recorded run instead' }).click();
  await expect(
    panel.getByText(/Recording, not live: measured \d{4}-\d{2}-\d{2}/).first(),
  ).toBeVisible();
  for (const strategy of ['sequential', 'threads', 'processes', 'async']) {
    await expect(panel.locator(`[data-strategy="${strategy}"][data-state="done"]`)).toBeVisible();
  }
});

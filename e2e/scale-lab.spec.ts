import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, historyRows, openLab, expectRefusedInForm } from './helpers';

const PAGE = '/threads-vs-async';

const KIB = 1024;

test('Node tasks: three sizes fill the per-unit charts, beside the reference figures', async ({
  page,
}) => {
  const lab = await openLab(page, PAGE, 'scale');
  await lab.getByRole('radio', { name: /^Node/ }).check();
  await lab.getByRole('radio', { name: /^Tasks/ }).check();
  await lab.getByRole('button', { name: 'Run 1,000, 10,000, 100,000 async functions' }).click();
  // Progress is shown while the child process works.
  await expect(lab.getByRole('list', { name: 'Progress' })).toBeVisible();
  await expect(historyRows(lab)).toHaveCount(3, { timeout: 60_000 });

  const result = lab.getByTestId('scale-result');
  await expect(result).toHaveAttribute('data-count', '100000');
  const perUnit = Number(
    await result.getByTestId('scale-per-unit').getAttribute('data-bytes-per-unit'),
  );
  // A pending async function with its timer: hundreds of bytes to a few KiB, nothing like a thread.
  expect(perUnit).toBeGreaterThan(50);
  expect(perUnit).toBeLessThan(8 * KIB);
  expect(
    Number(await result.getByTestId('scale-create').getAttribute('data-create-ms')),
  ).toBeGreaterThan(0);

  const charts = lab.getByTestId('scale-charts');
  // Two charts, three measured points each, and the reference marks R1…
  await expect(charts.locator('.recharts-symbols')).toHaveCount(6);
  await expect(
    charts.locator('.recharts-reference-line, .recharts-reference-area'),
  ).not.toHaveCount(0);
  await charts.getByText(/Reference figures/).click();
  await expect(charts.getByRole('link', { name: 'Jim Blandy, 2020' }).first()).toHaveAttribute(
    'href',
    'https://github.com/jimblandy/context-switch',
  );

  await expectNoSeriousViolations(page, '[data-experiment="scale"]');
});

test('CPython threads cost kilobytes of memory and kernel stack each, not 8 MiB', async ({
  page,
  request,
}) => {
  const probe = await request.get('/api/experiments/scale?kind=tasks&engine=cpython&count=1');
  test.skip(probe.status() === 503, 'python3 is not installed on this server');
  const lab = await openLab(page, PAGE, 'scale');
  await lab.getByRole('button', { name: '100 CPython threads' }).click();
  await expect(lab.getByLabel('How many threads')).toHaveValue('100');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  const result = lab.getByTestId('scale-result');
  await expect(result).toHaveAttribute('data-count', '100', { timeout: 30_000 });
  await expect(result).toHaveAttribute('data-kind', 'threads');
  const perUnit = Number(
    await result.getByTestId('scale-per-unit').getAttribute('data-bytes-per-unit'),
  );
  expect(perUnit).toBeGreaterThan(4 * KIB);
  expect(perUnit).toBeLessThan(1024 * KIB);
  await expect(result.getByTestId('scale-kernel')).toContainText('per thread, not in RSS');
});

test('the count is capped per kind and engine, refused in the form before a run', async ({
  page,
}) => {
  const lab = await openLab(page, PAGE, 'scale');
  await lab.getByRole('button', { name: '64 Node workers' }).click();
  const field = lab.getByLabel('How many worker threads');
  await field.fill('65');
  const run = lab.getByRole('button', { name: 'Run', exact: true });
  await expectRefusedInForm(lab, field, run, 'Enter a whole number from 1 to 64.');
});

test('when the server cannot be reached, a clearly marked recording can be shown', async ({
  page,
}) => {
  await page.route('**/api/experiments/scale**', (route) => route.abort('connectionrefused'));
  const lab = await openLab(page, PAGE, 'scale');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(lab.getByRole('alert')).toContainText('Could not reach the server');
  await lab.getByRole('button', { name: 'Show a recorded run instead' }).click();
  await expect(
    lab.getByText(/Recording, not live: measured \d{4}-\d{2}-\d{2}/).first(),
  ).toBeVisible();
  await expect(historyRows(lab)).not.toHaveCount(0);
  await expect(lab.getByTestId('scale-charts').locator('.recharts-symbols')).not.toHaveCount(0);
});

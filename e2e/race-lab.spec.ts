import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, historyRows, openLab, expectRefusedInForm } from './helpers';

const PAGE = '/threads-vs-async';

test('Node threads: lock off loses money, lock on never does, and the lock’s price is shown', async ({
  page,
}) => {
  const lab = await openLab(page, PAGE, 'race');
  const workers = Number(await lab.getByLabel('Workers', { exact: true }).inputValue());
  await lab.getByRole('button', { name: 'Lock off vs on, 3 times each' }).click();
  await expect(lab.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(historyRows(lab)).toHaveCount(6, { timeout: 45_000 });
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();

  // The observed tallies beside the predictions: the lock never lost a cent.
  await expect(lab.locator('[data-observed="node-threads-lock-noyield"]')).toHaveText(
    'books wrong in 0 of 3 runs',
  );
  // The lab's default size loses updates in practice every time, even on a busy 2-core machine;
  // one run in three is the least we demand.
  const unlocked = await lab.locator('[data-observed="node-threads-nolock-noyield"]').textContent();
  expect(Number(/in (\d) of 3/.exec(unlocked ?? '')?.[1])).toBeGreaterThanOrEqual(1);

  // The last run had the lock: no gap, no lost update, and its price against the unlocked runs.
  const result = lab.getByTestId('race-result');
  await expect(result.getByTestId('money-gap')).toHaveAttribute('data-difference', '0');
  await expect(result.getByTestId('lost-updates')).toHaveAttribute('data-lost', '0');
  await expect(result.getByTestId('lock-cost')).toContainText(
    /What the lock cost: .* medians of 3 and 3 runs/,
  );
  await expect(result.locator('[data-gap]')).toHaveCount(8);
  for (const gap of await result.locator('[data-gap]').all())
    await expect(gap).toHaveAttribute('data-gap', '0');
  await expect(result.getByTestId('race-note')).toContainText('different cores');

  // Each finished thread drew its bar; the chart across runs has a point per run.
  await expect(result.locator('svg rect')).toHaveCount(workers);
  await expect(lab.getByTestId('race-runs-chart').locator('.recharts-symbols')).toHaveCount(6);

  await expectNoSeriousViolations(page, '[data-experiment="race"]');
});

test('async tasks: safe with no await inside, the race is back with one, and the async lock fixes it', async ({
  page,
}) => {
  const lab = await openLab(page, PAGE, 'race');
  await lab.getByRole('radio', { name: /Async tasks/ }).check();
  const result = lab.getByTestId('race-result');
  const runNumber = async (n: number) => {
    await lab.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(historyRows(lab)).toHaveCount(n, { timeout: 30_000 });
  };

  await runNumber(1);
  await expect(result.getByTestId('money-gap')).toHaveAttribute('data-difference', '0');
  await expect(result.getByTestId('lost-updates')).toHaveAttribute('data-lost', '0');

  await lab.getByRole('checkbox', { name: 'Switch point between read and write' }).check();
  await runNumber(2);
  // Every task reads, then waits a turn of the loop while the others read the same balances.
  await expect(result.getByTestId('lost-updates')).not.toHaveAttribute('data-lost', '0');
  await expect(result.getByTestId('lost-updates')).toContainText('≥');
  await expect(result).toContainText('Why “at least”');

  await lab.getByRole('checkbox', { name: 'Lock around each transfer' }).check();
  await runNumber(3);
  await expect(result.getByTestId('lost-updates')).toHaveAttribute('data-lost', '0');
  await expect(lab.locator('[data-observed="node-async-nolock-yield"]')).toHaveText(
    'books wrong in 1 of 1 run',
  );
});

test('the switch point is off for Node threads, with the reason, and the code shown follows the settings', async ({
  page,
}) => {
  const lab = await openLab(page, PAGE, 'race');
  const switchPoint = lab.getByRole('checkbox', { name: 'Switch point between read and write' });
  await expect(switchPoint).toBeDisabled();
  await expect(lab.getByText(/they run at the same moment on different cores/)).toBeVisible();
  await lab.getByRole('radio', { name: /CPython/ }).check();
  await expect(switchPoint).toBeEnabled();
  await expect(
    lab.getByText('adds time.sleep(0) after the reads, like a database round trip'),
  ).toBeVisible();

  const code = lab.getByTestId('code-that-ran');
  await code.locator('summary').click();
  await expect(code.getByRole('tab', { name: 'CPython threads' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    code.getByRole('tabpanel').locator('[data-source-file="labs/race/workers/race.py"]'),
  ).toBeVisible();
  await lab.getByRole('radio', { name: /^Node/ }).check();
  await expect(code.getByRole('tab', { name: 'Node threads' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    code.getByRole('tabpanel').locator('[data-source-file="labs/race/workers/atomics-mutex.mjs"]'),
  ).toBeVisible();
});

test('CPython threads lose updates with time.sleep(0) between read and write', async ({
  page,
  request,
}) => {
  const probe = await request.get(
    '/api/experiments/race?strategy=async&engine=cpython&transfers=10',
  );
  test.skip(probe.status() === 503, 'python3 is not installed on this server');
  const lab = await openLab(page, PAGE, 'race');
  await lab.getByRole('radio', { name: /CPython/ }).check();
  await lab.getByRole('checkbox', { name: 'Switch point between read and write' }).check();
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  const result = lab.getByTestId('race-result');
  await expect(result).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(result).toContainText(/CPython 3\.\d+/);
  await expect(result.getByTestId('lost-updates')).not.toHaveAttribute('data-lost', '0');
  await expect(result.getByTestId('race-note')).toContainText('backward jump or a call');
});

test('bad input is refused in the form, next to the field, before a run', async ({ page }) => {
  const lab = await openLab(page, PAGE, 'race');
  const field = lab.getByLabel('Workers', { exact: true });
  await field.fill('99');
  const run = lab.getByRole('button', { name: 'Run', exact: true });
  await expectRefusedInForm(lab, field, run, 'Enter a whole number from 1 to 16.');
});

test('when the server cannot be reached, a clearly marked recording can be shown', async ({
  page,
}) => {
  await page.route('**/api/experiments/race**', (route) => route.abort('connectionrefused'));
  const lab = await openLab(page, PAGE, 'race');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(lab.getByRole('alert')).toContainText('Could not reach the server');
  await lab.getByRole('button', { name: 'Show a recorded run instead' }).click();
  await expect(
    lab.getByText(/Recording, not live: measured \d{4}-\d{2}-\d{2}/).first(),
  ).toBeVisible();
  await expect(historyRows(lab)).toHaveCount(8);
  await expect(lab.getByTestId('race-runs-chart').locator('.recharts-symbols')).toHaveCount(8);
});

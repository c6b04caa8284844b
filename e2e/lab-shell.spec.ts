import { expect, test, type Page } from '@playwright/test';
import { historyRows, labOn } from './helpers';

// The rules every lab gets from the shared lab shell (components/lab-shell/use-experiment-runs.ts,
// lib/experiments/latest-runs.ts, run-controls.tsx): checked here on more than one lab each.

interface Health {
  admission: { runs: number; inflight: number };
}

/** The server's admission counts (the test runner is local, so /api/health gives them). */
async function admitted(page: Page) {
  const health = (await (await page.request.get('/api/health')).json()) as Health;
  return { runs: health.admission.runs, inflight: health.admission.inflight };
}

/** Long runs on two labs: each would hold the server for tens of seconds if nobody stopped it. */
const LONG_RUNS = [
  {
    lab: 'io',
    path: '/concurrent-io?count=200&delay_ms=100',
    button: 'Sequential',
    leaveTo: 'The GIL',
    to: /\/gil$/,
  },
  {
    lab: 'gil',
    path: '/gil?gil.tasks=8&gil.work_ms=2000',
    button: 'Sequential',
    leaveTo: 'Concurrent I/O',
    to: /\/concurrent-io$/,
  },
] as const;

for (const { lab, path, button, leaveTo, to } of LONG_RUNS) {
  test(`leaving the ${lab} lab by a link inside the site stops its run on the server`, async ({
    page,
  }) => {
    await page.goto(path);
    const panel = await labOn(page, lab);
    await panel.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(() => admitted(page)).toMatchObject({ runs: 1 });

    // A marker on window survives a client-side navigation and is gone after a reload.
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: leaveTo })
      .click();
    await expect(page).toHaveURL(to);
    expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);

    await expect
      .poll(() => admitted(page), { timeout: 1_500, intervals: [100] })
      .toEqual({ runs: 0, inflight: 0 });
  });
}

/** Quick runs on two labs, and a setting that changes what they measure. */
const QUICK_RUNS = [
  {
    lab: 'io',
    path: '/concurrent-io?count=3&delay_ms=10&workers=3',
    button: 'Sequential',
    field: 'Requests',
    to: '4',
    chart: 'Measured vs ideal, latest run of each',
  },
  {
    lab: 'gil',
    path: '/gil?gil.engine=node&gil.tasks=1&gil.work_ms=10',
    button: 'Sequential',
    field: 'Tasks',
    to: '2',
    chart: /^Elapsed per strategy/,
  },
] as const;

for (const { lab, path, button, field, to, chart } of QUICK_RUNS) {
  test(`the ${lab} lab draws only runs of its current settings; guesses belong to their settings`, async ({
    page,
  }) => {
    await page.goto(path);
    const panel = await labOn(page, lab);
    const lane = panel.locator('[data-strategy="sequential"]');
    const guess = panel.getByRole('spinbutton', { name: button, exact: true });
    const input = panel.getByLabel(field, { exact: true });
    const before = await input.inputValue();
    await guess.fill('1234');
    await panel.getByRole('button', { name: button, exact: true }).click();
    await expect(lane).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await expect(panel.getByText(chart)).toBeVisible();

    await input.fill(to);
    await expect(lane).toHaveAttribute('data-state', 'empty');
    await expect(lane).toContainText('Not run with these settings yet.');
    await expect(panel.getByText(chart)).toHaveCount(0);
    await expect(guess).toHaveValue('');
    // The run stays in the history, with its own settings.
    await expect(historyRows(panel)).toHaveCount(1);

    await input.fill(before);
    await expect(lane).toHaveAttribute('data-state', 'done');
    await expect(guess).toHaveValue('1234');
  });
}

for (const { lab, path, button } of QUICK_RUNS) {
  test(`in the ${lab} lab the button that started a run has the focus again, so Enter runs again`, async ({
    page,
  }) => {
    await page.goto(path);
    const panel = await labOn(page, lab);
    const run = panel.getByRole('button', { name: button, exact: true });
    await run.focus();
    await page.keyboard.press('Enter');
    await expect(historyRows(panel)).toHaveCount(1, { timeout: 30_000 });
    await expect(run).toBeEnabled();
    await expect(run).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(historyRows(panel)).toHaveCount(2, { timeout: 30_000 });
  });
}

for (const { lab, path, button } of QUICK_RUNS) {
  test(`in the ${lab} lab a refusal reads as one sentence, saying once when to try again`, async ({
    page,
  }) => {
    const sentence =
      'Too many runs started from this browser in the last minute; try again in 3 s.';
    await page.route('**/api/experiments/*?**', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '3', 'content-type': 'application/json' },
        body: JSON.stringify({ error: sentence, issues: [] }),
      }),
    );
    await page.goto(path);
    const panel = await labOn(page, lab);
    await panel.getByRole('button', { name: button, exact: true }).click();
    await expect(panel.getByRole('alert')).toHaveText(sentence);

    // A reason the server words loosely is said the same way: capitalised, the wait named once.
    await page.unrouteAll();
    await page.route('**/api/experiments/*?**', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '5', 'content-type': 'application/json' },
        body: JSON.stringify({
          error: 'all server threads are busy; try again in a few seconds',
          issues: [],
        }),
      }),
    );
    await panel.getByRole('button', { name: button, exact: true }).click();
    await expect(panel.getByRole('alert')).toHaveText(
      'All server threads are busy; try again in 5 s.',
    );
  });
}

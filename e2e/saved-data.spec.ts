import { expect, test, type Page } from '@playwright/test';
import { labOn, watchErrors } from './helpers';

// What the site keeps in the browser (finished runs for print mode, the code tab, the theme,
// the presenter's timer) must never break a page: full storage, storage the browser blocks,
// and values of the wrong shape (from an older version of the site, or edited by hand).

const LAB_PAGES = {
  '/concurrent-io': ['io'],
  '/gil': ['gil'],
  '/threads-vs-async': ['blocking', 'race', 'scale'],
};
const LABS = Object.values(LAB_PAGES).flat();

async function expectLabsReady(page: Page, labs: readonly string[]) {
  for (const lab of labs) {
    await expect(
      (await labOn(page, lab)).getByRole('button', { name: /^Run/ }).first(),
    ).toBeEnabled();
  }
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);
}

test('with storage full, a finished run is drawn and kept for the page; nothing breaks', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const errors = watchErrors(page);
  await page.goto('/concurrent-io?count=3&delay_ms=20');
  const lab = await labOn(page, 'io');
  await lab.getByRole('button', { name: 'Async', exact: true }).click();
  await expect(lab.locator('[data-strategy="async"][data-state="done"]')).toBeVisible({
    timeout: 30_000,
  });
  await expect(lab.getByRole('region', { name: 'Run history' }).locator('tbody tr')).toHaveCount(1);
  // The code tabs remember a choice in memory when they cannot store it.
  const python = page.getByRole('tab', { name: 'Python' }).first();
  if ((await python.count()) > 0) {
    await page.getByRole('tab', { name: 'Node.js' }).first().click();
    await expect(page.getByRole('tab', { name: 'Node.js' }).first()).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }
  expect(errors).toEqual([]);
});

test('with storage blocked by the browser, every lab page and its print deck load', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  });
  const errors = watchErrors(page);
  for (const [path, labs] of Object.entries(LAB_PAGES)) {
    await page.goto(path);
    await expectLabsReady(page, labs);
    await page.goto(`/present${path}?print`);
    await expect(page.locator('.print-page').first()).toBeVisible();
    for (const lab of labs)
      await expect(page.locator(`[data-experiment="${lab}"]`).first()).toBeVisible();
  }
  // The theme toggle still switches, for this page.
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /Switch to (dark|light) theme/ });
  const before = await toggle.getAttribute('data-theme-current');
  await toggle.click();
  await expect(toggle).not.toHaveAttribute('data-theme-current', before ?? '');
  expect(errors).toEqual([]);
});

const WRONG_SHAPES = [
  '[{}]',
  '[null]',
  '"abcdef"',
  '{"length":3}',
  'not json at all',
  // The current envelope, around runs that are not runs.
  '{"v":1,"data":[{"id":"x","variant":"async","settings":{},"status":"done","queued":null,"events":[{}],"result":{},"error":null,"recording":null}]}',
];

for (const [path, labs] of Object.entries(LAB_PAGES)) {
  test(`saved runs of the wrong shape do not break print mode of ${path}`, async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const errors = watchErrors(page);
    await page.goto('/');
    for (const value of WRONG_SHAPES) {
      const errorsBefore = errors.length;
      await page.evaluate(
        ({ labs, value }) => {
          for (const lab of labs) localStorage.setItem(`lab:experiment:${lab}`, value);
          sessionStorage.setItem('code-tab', value);
        },
        { labs: LABS, value },
      );
      await page.goto(`/present${path}?print`);
      await expect(page.locator('.print-page').first()).toBeVisible();
      for (const lab of labs)
        await expect(page.locator(`[data-experiment="${lab}"]`).first()).toBeVisible();
      await expect(page.getByText("This page couldn't load")).toHaveCount(0);
      // Dropped with a warning, or (runs that pass the shared shape but cannot be drawn) the
      // lab says so and offers to start again.
      const dropped = await page.evaluate(
        (labs) => labs.every((lab) => localStorage.getItem(`lab:experiment:${lab}`) === null),
        labs,
      );
      if (!dropped) {
        await expect(
          page.getByRole('button', { name: 'Forget saved runs and reload' }).first(),
        ).toBeVisible();
        // React logs the error that the lab's boundary caught; that one is expected.
        errors.splice(errorsBefore);
      }
    }
    expect(warnings.some((warning) => /Saved data "lab:experiment:/.test(warning))).toBe(true);
    expect(errors).toEqual([]);
  });
}

import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

// What several specs check the same way: console errors, axe, and the parts every lab shares.

/** Collects console errors and uncaught exceptions while a test runs. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Asserts that axe finds no serious or critical violation on the page (or inside `include`). */
export async function expectNoSeriousViolations(page: Page, include?: string) {
  const axe = new AxeBuilder({ page });
  const results = await (include ? axe.include(include) : axe).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Lab `name` on the open page, scrolled to: a lab loads its code only when the reader comes near
 * it, and a test that looks for its controls must come near it too, as a reader would.
 */
export async function labOn(page: Page, name: string): Promise<Locator> {
  await page.locator(`#lab-${name}`).scrollIntoViewIfNeeded();
  return page.locator(`[data-experiment="${name}"]`);
}

/** Opens `path` and returns the panel of lab `name` once its Run button is ready. */
export async function openLab(page: Page, path: string, name: string): Promise<Locator> {
  await page.goto(path);
  const lab = await labOn(page, name);
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  return lab;
}

/** The rows of a lab's run history (header excluded), newest first. */
export const historyRows = (lab: Locator) =>
  lab.getByRole('region', { name: 'Run history' }).locator('tbody tr');

/** A number a lab's summary for `variant` shows in a data attribute, once it is there. */
export async function reading(
  panel: Locator,
  variant: string,
  attribute: string,
  timeout: number,
): Promise<number> {
  const value = panel.locator(`[data-testid="summary-${variant}"] [${attribute}]`);
  await expect(value).toBeVisible({ timeout });
  return Number(await value.getAttribute(attribute));
}

/**
 * Asserts that the lab refuses `field`'s value before any run: the reason in plain words next
 * to it, the focus on it after pressing `run`, and no request sent (so no server alert).
 */
export async function expectRefusedInForm(
  lab: Locator,
  field: Locator,
  run: Locator,
  reason: string,
) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(lab.getByText(reason, { exact: true })).toBeVisible();
  let sent = 0;
  const count = (request: { url(): string }) => {
    if (request.url().includes('/api/experiments/') && !request.url().includes('/info')) sent++;
  };
  const page = lab.page();
  page.on('request', count);
  await run.click();
  await expect(field).toBeFocused();
  await expect(lab.getByRole('alert')).toHaveCount(0);
  page.off('request', count);
  expect(sent).toBe(0);
}

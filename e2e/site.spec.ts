import { expect, test } from '@playwright/test';
import { sections } from '@/content/sections';
import { expectNoSeriousViolations, watchErrors } from './helpers';

test('the home page lists every section, and each opens through the navigation', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Concurrency Lab' })).toBeVisible();
  for (const [index, section] of sections.entries()) {
    await page.goto('/');
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${section.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
    // The on-page table of contents links to headings that exist.
    const toc = page.getByRole('navigation', { name: 'On this page' }).last();
    const tocLinks = toc.getByRole('link');
    expect(await tocLinks.count()).toBeGreaterThan(2);
    const firstHref = await tocLinks.first().getAttribute('href');
    await expect(page.locator(firstHref!)).toHaveCount(1);
    // Previous/next links follow sections.ts.
    const pager = page.getByRole('navigation', { name: 'Previous and next section' });
    if (index > 0)
      await expect(pager.getByRole('link', { name: new RegExp(`Previous`) })).toHaveAttribute(
        'href',
        `/${sections[index - 1].slug}`,
      );
    if (index < sections.length - 1)
      await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute(
        'href',
        `/${sections[index + 1].slug}`,
      );
    // The sidebar marks the current section.
    await expect(
      page.locator('nav[aria-label="Sections"] [aria-current="page"]').first(),
    ).toHaveAttribute('href', `/${section.slug}`);
  }
  expect(errors).toEqual([]);
});

test('dark mode follows the system and the toggle overrides it, across reloads', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/gil');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['/', ...sections.map((s) => `/${s.slug}`)]) {
    test(`${path} passes axe with no serious or critical violations (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const errors = watchErrors(page);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
      expect(errors).toEqual([]);
    });
  }
}

test('no page scrolls sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/', ...sections.map((s) => `/${s.slug}`)]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

// Playwright hides scrollbars; a desktop browser shows them, 15 px wide. A page that paints before
// enough of its text has arrived to scroll must not gain one later and move what sits on the right.
test('a reading page keeps room for the scrollbar before it can scroll, so the header does not move', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
  try {
    const page = await browser.newPage({ baseURL, viewport: { width: 1350, height: 940 } });
    await page.goto('/why-async');
    // What sits on the right: the header's width and its search button.
    const right = () =>
      page.evaluate(() => ({
        header: document.querySelector('header')?.getBoundingClientRect().width,
        search: document.querySelector('header button[aria-keyshortcuts]')?.getBoundingClientRect()
          .right,
      }));
    expect(
      await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth),
      'a long page shows a scrollbar',
    ).toBeGreaterThan(0);
    const scrolling = await right();
    // The same page as it is before the rest of its text has arrived: too short to scroll.
    await page.evaluate(() => document.querySelector('main')?.replaceChildren());
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
    ).toBe(true);
    expect(await right()).toEqual(scrolling);
  } finally {
    await browser.close();
  }
});

test('an unknown section is a 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-section');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('pages carry a strict CSP that their own inline scripts satisfy', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  for (const path of ['/', '/gil', '/concurrent-io']) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const scriptSrc =
      /script-src ([^;]+)/.exec(headers['content-security-policy'] ?? '')?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toMatch(/'sha256-/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Client-side navigation and hydration ran under the policy without a single violation.
  await page
    .getByRole('link', { name: /The GIL/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/gil$/);
  expect(violations).toEqual([]);
});

test('API answers carry the security headers and no stack traces', async ({ request }) => {
  const response = await request.get('/api/experiments/io?strategy=nope&count=-1');
  expect(response.status()).toBe(400);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  const body = await response.json();
  expect(body.error).toBe('invalid query');
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
});

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sections } from '@/content/sections';
import { expectNoSeriousViolations } from './helpers';

// What a reader of a documentation site expects: search, copy buttons, a map of the labs, and
// pages that load without a console warning.

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });

/** Presses `keys` until the search dialog is open (the shortcut works once the page has hydrated). */
async function openSearchWith(page: Page, keys: string) {
  await expect(async () => {
    await page.keyboard.press(keys);
    await expect(searchBox(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** The heading with this id is on screen (below the sticky header), and the URL names it. */
async function expectAtHeading(page: Page, path: string, anchor: string) {
  await expect(page).toHaveURL(new RegExp(`${path}#${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
}

test('search finds thread_sensitive; arrow keys and Enter open the heading that explains it', async ({
  page,
}) => {
  await page.goto('/');
  await openSearchWith(page, '/');
  await searchBox(page).fill('thread_sensitive');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const hrefs = await options.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-href')),
  );
  const target = '/django-async-history#sync_to_async-and-async_to_sync';
  expect(hrefs).toContain(target);
  // Each result names its section and heading.
  await expect(options.nth(hrefs.indexOf(target))).toContainText("Django's road to async");
  await expect(options.nth(hrefs.indexOf(target))).toContainText('sync_to_async and async_to_sync');
  for (let i = 0; i < hrefs.indexOf(target); i++) await searchBox(page).press('ArrowDown');
  await expect(options.nth(hrefs.indexOf(target))).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousViolations(page, 'dialog');
  await searchBox(page).press('Enter');
  await expect(searchBox(page)).toBeHidden();
  await expectAtHeading(page, '/django-async-history', 'sync_to_async-and-async_to_sync');
  // The table of contents marks the heading in view (both its copies).
  for (const link of await page
    .locator('a[data-toc-link][href="#sync_to_async-and-async_to_sync"]')
    .all()) {
    await expect(link).toHaveAttribute('aria-current', 'true');
  }
  await expect(page.locator('a[data-toc-link][aria-current="true"]')).toHaveCount(2);
});

test('search finds the GIL with Ctrl+K from another section; Esc closes and gives focus back', async ({
  page,
}) => {
  await page.goto('/why-async');
  await openSearchWith(page, 'ControlOrMeta+k');
  await searchBox(page).fill('GIL');
  const first = page.getByRole('option').first();
  await expect(first).toHaveAttribute('data-href', /^\/gil(#|$)/);
  const href = (await first.getAttribute('data-href'))!;
  await searchBox(page).press('Enter');
  const [path, anchor] = href.split('#');
  if (anchor) await expectAtHeading(page, path, anchor);
  else await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The GIL');

  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await button.click();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a code block and a source listing copy their exact text; a Python program downloads', async ({
    page,
  }) => {
    await page.goto('/concurrent-io');
    const mdx = readFileSync('content/concurrent-io.mdx', 'utf8');
    const program = /```python title="slow_upstream\.py"\n([\s\S]*?)\n```/.exec(mdx)![1];

    const copy = page.getByRole('button', { name: 'Copy slow_upstream.py' });
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(program);
    await expect(copy).toHaveText('Copy', { timeout: 5_000 });

    const figure = page.locator('figure').filter({ has: copy });
    const download = await figure.getByRole('link', { name: /^Download/ }).getAttribute('href');
    const response = await page.request.get(download!);
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe(`${program}\n`);

    // The Python program the I/O lab runs, as a listing of the repository's file.
    const file = 'labs/io/workers/sequential.py';
    const listing = page.getByRole('button', { name: `Copy ${file}`, exact: true });
    await listing.click();
    await expect(listing).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      readFileSync(file, 'utf8').trimEnd(),
    );
    const listingFigure = page.locator('figure').filter({ has: listing });
    const programHref = await listingFigure
      .getByRole('link', { name: /^Download/ })
      .getAttribute('href');
    expect(await (await page.request.get(programHref!)).text()).toBe(readFileSync(file, 'utf8'));
  });
});

test('every Download link on a page that shows Python serves its file', async ({ page }) => {
  for (const path of ['/concurrent-io', '/gil', '/threads-vs-async', '/example-project']) {
    await page.goto(path);
    // Labs load their panel and code when the reader comes near: visit each one.
    for (const lab of await page.locator('[data-lab-placeholder]').all())
      await lab.scrollIntoViewIfNeeded().catch(() => undefined);
    await expect(page.locator('[data-lab-placeholder]')).toHaveCount(0);
    const hrefs = await page
      .locator('a[download]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs)
      expect((await page.request.get(href!)).status(), `${path}: ${href}`).toBe(200);
  }
});

test('the home page links every lab of content/sections.ts, and every deck', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  const labs = sections.flatMap((section) =>
    section.labs.map((lab) => ({ ...lab, slug: section.slug })),
  );
  expect(labs.length).toBeGreaterThan(0);
  for (const lab of labs) {
    await expect(main.getByRole('link', { name: lab.name, exact: true })).toHaveAttribute(
      'href',
      `/${lab.slug}#${lab.anchor}`,
    );
    await expect(main.getByText(lab.measures, { exact: true })).toBeVisible();
  }
  for (const section of sections)
    await expect(main.locator(`a[href="/present/${section.slug}"]`)).toHaveText('Slide deck');
  const last = labs.at(-1)!;
  await main.getByRole('link', { name: last.name, exact: true }).click();
  await expectAtHeading(page, `/${last.slug}`, last.anchor);
});

for (const width of [1440, 360]) {
  test(`no console warning or error on any page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error')
        messages.push(`${page.url()} ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`${page.url()} ${error.message}`));
    for (const path of ['/', ...sections.map((s) => `/${s.slug}`)]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (width >= 1280 && path !== '/')
        await expect(page.getByRole('navigation', { name: 'On this page' }).last()).toBeVisible();
      // Idle network: the links in view have been prefetched by now.
      await page.waitForLoadState('networkidle');
      // Chrome warns about an unused preload only seconds later; the cause can be seen at once:
      // a stylesheet preloaded (by prefetching a route with other CSS) that the page does not use.
      const unused = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')]
          .map((link) => link.href)
          .filter((href) => ![...document.styleSheets].some((sheet) => sheet.href === href)),
      );
      expect(unused, path).toEqual([]);
    }
    expect(messages).toEqual([]);
  });
}

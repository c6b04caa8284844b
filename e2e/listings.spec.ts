import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A reading page's listings of the repository's files come as plain code in the page's HTML and
// get their colours when the reader comes near them; the code is the file either way.

test.use({ viewport: { width: 360, height: 740 } });

const PAGE = '/concurrent-io';
/** The last listing of the page, thousands of pixels below the first screen. */
const FILE = 'labs/io/workers/async_limited.py';

test('the page’s HTML holds its listings plain, without slide excerpts', async ({ request }) => {
  const html = await (await request.get(PAGE)).text();
  expect(html).toContain(`data-source-file="${FILE}"`);
  expect(html).not.toContain('data-source-excerpt');
  const figure =
    new RegExp(`<figure[^>]*data-source-file="${FILE}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
  expect(figure).toContain('<pre');
  // Plain: the code and no span per token.
  expect(figure).not.toContain('<span style=');
});

test('a listing far down is plain at load, coloured once scrolled near, and is still the file', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/listings/')) requested.push(new URL(request.url()).pathname);
  });
  await page.goto(PAGE);
  const listing = page.locator(`figure[data-source-file="${FILE}"] [data-listing]`);
  await expect(listing).toHaveAttribute('data-listing', 'labs-io-workers-async_limited.py');
  await page.waitForLoadState('networkidle');
  await expect(listing.locator('pre code > span')).toHaveCount(0);
  expect(requested).not.toContain('/api/listings/labs-io-workers-async_limited.py');

  await listing.scrollIntoViewIfNeeded();
  await expect(listing).toHaveAttribute('data-listing-state', 'coloured');
  expect(await listing.locator('pre code > span').count()).toBeGreaterThan(10);
  expect(await listing.locator('pre code').evaluate((code) => code.textContent)).toBe(
    readFileSync(FILE, 'utf8').trimEnd(),
  );
});

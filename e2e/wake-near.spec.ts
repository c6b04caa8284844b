import { expect, test, type Page } from '@playwright/test';

// A lab far down a page sleeps: the page's HTML holds a placeholder of its size with its title
// and question, and the lab's code is requested only when the reader comes near it (or follows
// a link to it). Checked on a phone-sized window, on the GIL lab.

test.use({ viewport: { width: 360, height: 740 } });

const PAGE = '/gil';

/** Two animation frames: whatever the woken lab changed in the layout has been laid out. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
/** Words only the GIL lab's panel holds: the response that carries them is its code. */
const PANEL_WORDS = 'quarter-millisecond chunks';

/** Resolves to true once a script holding the panel's code has arrived. */
function watchPanelCode(page: Page) {
  const seen = { panel: false };
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    if (body.includes(PANEL_WORDS)) seen.panel = true;
  });
  return seen;
}

interface Shift {
  value: number;
  hadRecentInput: boolean;
  /** Whether every element that moved is inside the lab (its panel settling as data arrives). */
  insideLab: boolean;
  /** What moved, from where to where: what a failure prints. */
  moved: string[];
}

/** Records every layout shift the page has, from its start. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as (Shift & {
        sources: {
          node: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[]) {
        const lab = document.getElementById('lab-gil');
        const insideLab = entry.sources.every(
          (source) => source.node !== null && lab !== null && lab.contains(source.node),
        );
        const box = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        const name = (node: Node | null) =>
          node instanceof Element
            ? node.outerHTML.slice(0, 80)
            : (node?.nodeName ?? 'a node no longer in the page');
        const moved = entry.sources.map(
          (source) =>
            `${name(source.node)}: [${box(source.previousRect)}] → [${box(source.currentRect)}]`,
        );
        shifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput, insideLab, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
/** The layout shifts of everything around the lab: what waking the lab could move. */
const shiftsAroundLab = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __shifts: Shift[] }).__shifts.filter(
      (shift) => !shift.hadRecentInput && !shift.insideLab,
    ),
  );

test('the server HTML holds the lab’s placeholder: title and question, no controls', async ({
  request,
}) => {
  const html = await (await request.get(PAGE)).text();
  expect(html).toContain('data-lab-state="asleep"');
  expect(html).toContain('CPU-bound work, four ways');
  expect(html).toContain('How long does each strategy take in total?');
  expect(html).not.toContain(PANEL_WORDS);
});

test('a lab below the fold loads its code only when the reader scrolls near it, then runs', async ({
  page,
}) => {
  const seen = watchPanelCode(page);
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  const frame = page.locator('#lab-gil');
  await expect(frame.locator('[data-lab-state="asleep"]')).toBeVisible();
  expect(await frame.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(2 * 740);
  const lab = page.locator('[data-experiment="gil"]');
  // Reading the first screens does not wake it.
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(600);
  // The observer reports within a frame of the scroll: still asleep then means it stays asleep.
  await nextFrames(page);
  await expect(frame.locator('[data-lab-state="asleep"]')).toBeVisible();
  expect(seen.panel).toBe(false);
  await expect(lab.getByRole('button', { name: 'Run all four' })).toHaveCount(0);

  await frame.scrollIntoViewIfNeeded();
  await expect(lab.getByRole('button', { name: 'Run all four' })).toBeEnabled();
  expect(seen.panel).toBe(true);
  // Awake, it is the whole lab: it runs and shows what it measured.
  await lab.getByRole('button', { name: 'Run all four' }).click();
  await expect(page.locator('[data-experiment="gil"][data-ran]')).toBeVisible({ timeout: 120_000 });
  await expect(lab.locator('[data-strategy="async"][data-state="done"]')).toBeVisible();
});

test('a link to the lab wakes it at once, and it takes the placeholder’s place without moving the page around it', async ({
  page,
}) => {
  await recordShifts(page);
  const seen = watchPanelCode(page);
  await page.goto(`${PAGE}#lab-gil`);
  const lab = page.locator('[data-experiment="gil"]');
  await expect(lab.getByRole('button', { name: 'Run all four' })).toBeEnabled();
  expect(seen.panel).toBe(true);
  // The lab is where the link pointed: at the top of the window, below the header.
  await expect
    .poll(() => page.locator('#lab-gil').evaluate((el) => el.getBoundingClientRect().top))
    .toBeLessThan(120);
  await nextFrames(page);
  expect(await shiftsAroundLab(page), 'layout shifts outside the lab').toEqual([]);
});

test('the placeholder is the size of the lab it stands for: the text after it stays in place', async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  const after = page.locator('#lab-gil + *');
  const pageTop = (el: Element) => el.getBoundingClientRect().top + window.scrollY;
  const asleep = await after.evaluate(pageTop);
  const lab = page.locator('[data-experiment="gil"]');
  await page.locator('#lab-gil').scrollIntoViewIfNeeded();
  await expect(lab.getByRole('button', { name: 'Run all four' })).toBeEnabled();
  await nextFrames(page);
  expect(Math.abs((await after.evaluate(pageTop)) - asleep)).toBeLessThanOrEqual(16);
});

test('a lab whose code cannot be fetched says so and offers a reload, not a warning about saved runs', async ({
  page,
}) => {
  // The server function that returns the lab's listings fails, as it would offline.
  await page.route(PAGE, (route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.continue(),
  );
  await page.goto(`${PAGE}#lab-gil`);
  const lab = page.locator('[data-experiment="gil"]');
  await expect(lab.getByRole('alert')).toContainText('could not be loaded from the server');
  await expect(lab.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(lab.getByText('saved in this browser')).toHaveCount(0);
});

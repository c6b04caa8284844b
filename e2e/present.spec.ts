import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, watchErrors } from './helpers';

// Presentation mode (components/present): /present/<section>, ?view=presenter, ?print.
// The GIL section is the main subject: 32 slides, speaker notes on slide 3.

const stageSlides = (page: Page) => page.locator('[data-deck-stage] [data-slide-index]');
const visibleSlide = (page: Page) =>
  page.locator('[data-deck-stage] [data-slide-index]:not([hidden])');
const counter = (page: Page) => page.getByTestId('slide-counter');

/** Waits until the deck has hydrated and listens for keys (a key pressed before is lost). */
async function expectListening(page: Page) {
  await expect(counter(page)).toBeVisible();
  await expect(page.locator('html[data-deck-keys]')).toHaveCount(1);
}

/** Opens a deck and waits until it is mounted; returns the number of slides. */
async function openDeck(page: Page, path: string): Promise<number> {
  await page.goto(path);
  await expectListening(page);
  return stageSlides(page).count();
}

/** Opens `deck` at its first slide holding `selector`: that slide's number and the deck's size. */
async function openSlideWith(page: Page, deck: string, selector: string) {
  const count = await openDeck(page, deck);
  const index = await stageSlides(page)
    .filter({ has: page.locator(selector) })
    .first()
    .getAttribute('data-slide-index');
  const number = Number(index) + 1;
  await page.evaluate((n) => (window.location.hash = `#${n}`), number);
  await expectSlide(page, number, count);
  return { number, count };
}

async function expectSlide(page: Page, number: number, count: number) {
  await expect(counter(page)).toHaveText(`Slide ${number} of ${count}`);
  await expect(page).toHaveURL(new RegExp(`#${number}$`));
  await expect(visibleSlide(page)).toHaveCount(1);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide-index', String(number - 1));
}

test('the reading page links to its slides', async ({ page }) => {
  await page.goto('/gil');
  await page.getByRole('link', { name: 'Present as slides' }).click();
  await expect(page).toHaveURL(/\/present\/gil/);
  await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/);
});

test('keys step through the deck; the hash, the counter, the focus and the live region follow', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const count = await openDeck(page, '/present/gil');
  expect(count).toBeGreaterThan(10);
  await expect(counter(page)).toHaveText(`Slide 1 of ${count}`);
  await expect(visibleSlide(page)).toHaveAttribute('data-slide-index', '0');

  const steps: [string, number][] = [
    ['ArrowRight', 2],
    [' ', 3],
    ['PageDown', 4],
    ['.', 5],
    ['ArrowDown', 6],
    ['ArrowLeft', 5],
    ['PageUp', 4],
    ['ArrowUp', 3],
    ['Shift+ ', 2],
    ['End', count],
    ['ArrowRight', count],
    ['Home', 1],
    ['ArrowLeft', 1],
  ];
  for (const [key, number] of steps) {
    await page.keyboard.press(key === ' ' ? 'Space' : key === 'Shift+ ' ? 'Shift+Space' : key);
    await expectSlide(page, number, count);
  }
  // Focus moved to the slide, and the change was announced once, politely.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, count);
  await expect
    .poll(() =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.slideIndex),
    )
    .toBe('1');
  await expect(page.getByRole('status')).toHaveText(
    `Slide 2 of ${count}: What a global interpreter lock is`,
  );
  // Hidden slides are out of the accessibility tree and inert.
  const hidden = stageSlides(page).nth(5);
  await expect(hidden).toHaveAttribute('hidden', '');
  await expect(hidden).toHaveAttribute('inert', '');
  expect(errors).toEqual([]);
});

test('a URL opens its slide, and the control bar works', async ({ page }) => {
  const count = await openDeck(page, '/present/gil#5');
  await expectSlide(page, 5, count);
  await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText(
    'Why CPython has one',
  );
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expectSlide(page, 6, count);
  await page.getByRole('button', { name: 'Previous slide' }).click();
  await page.getByRole('button', { name: 'Previous slide' }).click();
  await expectSlide(page, 4, count);
  // A clicker keeps working after a control was clicked (focus stays on the control).
  await page.keyboard.press('PageDown');
  await expectSlide(page, 5, count);
  // A slide id works as a hash too, and so does editing the hash.
  await page.goto('/present/gil#subinterpreters');
  await expect(counter(page)).toHaveText(`Slide 23 of ${count}`);
  await page.evaluate(() => (window.location.hash = '#7'));
  await expectSlide(page, 7, count);
});

test('the overview jumps by click and by keyboard, and Esc closes it', async ({ page }) => {
  const count = await openDeck(page, '/present/gil#2');
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('listitem')).toHaveCount(count);
  // Thumbnails are inert pictures, rendered as previews.
  await expect(overview.locator('[inert] [data-slide-index]')).toHaveCount(count);
  await expect(overview.getByRole('button', { name: /^2 What a global/ })).toBeFocused();
  await overview.getByRole('button', { name: /^11 Understanding the GIL/ }).click();
  await expect(overview).toBeHidden();
  await expectSlide(page, 11, count);

  await page.keyboard.press('o');
  await expect(overview.getByRole('button', { name: /^11 / })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectSlide(page, 12, count);

  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expectSlide(page, 12, count);
});

test('go to, help, blackout', async ({ page }) => {
  const count = await openDeck(page, '/present/gil');
  await page.keyboard.press('g');
  const goTo = page.getByRole('dialog', { name: 'Go to slide' });
  await expect(goTo.getByLabel(/Slide number/)).toBeFocused();
  await goTo.getByLabel(/Slide number/).fill('17');
  await page.keyboard.press('Enter');
  await expect(goTo).toBeHidden();
  await expectSlide(page, 17, count);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Overview of all slides');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page).toHaveURL(/\/present\/gil#17$/);

  await page.keyboard.press('b');
  await expect(page.getByTestId('blackout')).toBeVisible();
  // Any navigation key brings the slide back first, without skipping it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('blackout')).toBeHidden();
  await expectSlide(page, 17, count);
});

test('Esc returns to the reading page at the slide’s place', async ({ page }) => {
  await openDeck(page, '/present/gil#9');
  await page.keyboard.press('Escape');
  // Slide 9 continues "What the GIL does in practice".
  await expect(page).toHaveURL(/\/gil#what-the-gil-does-in-practice$/);
  await expect(page.locator('#what-the-gil-does-in-practice')).toBeInViewport();

  await openDeck(page, '/present/gil#1');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/gil$/);
});

test('the presenter view and the audience window move together, both ways', async ({ context }) => {
  const audience = await context.newPage();
  const count = await openDeck(audience, '/present/gil#3');
  // A presenter view opened without a slide takes the audience's.
  const presenter = await context.newPage();
  await presenter.goto('/present/gil?view=presenter');
  await expect(counter(presenter)).toHaveText(`Slide 3 of ${count}`);

  await presenter.keyboard.press('ArrowRight');
  await expect(counter(presenter)).toHaveText(`Slide 4 of ${count}`);
  await expectSlide(audience, 4, count);

  await audience.keyboard.press('ArrowRight');
  await expect(counter(audience)).toHaveText(`Slide 5 of ${count}`);
  await expect(counter(presenter)).toHaveText(`Slide 5 of ${count}`);
  await expect(presenter).toHaveURL(/view=presenter#5$/);

  // The presenter sees the next slide as an inert preview.
  await expect(
    presenter.getByRole('heading', { name: `Next: 6. Why CPython has one` }),
  ).toBeVisible();
  await expect(presenter.locator('[inert] [data-slide-index="5"]')).toHaveCount(1);

  // The presenter's blackout blacks out the audience.
  await presenter.keyboard.press('b');
  await expect(audience.getByTestId('blackout')).toBeVisible();
  await expect(presenter.getByTestId('blackout-badge')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(audience.getByTestId('blackout')).toBeHidden();

  // "Open audience window" opens the plain deck at the current slide, already in step.
  const [popup] = await Promise.all([
    presenter.waitForEvent('popup'),
    presenter.getByRole('button', { name: 'Open audience window' }).click(),
  ]);
  await expect(counter(popup)).toHaveText(`Slide 5 of ${count}`);
  await expect(popup).toHaveURL(/\/present\/gil#5$/);
  await popup.keyboard.press('End');
  await expect(counter(presenter)).toHaveText(`Slide ${count} of ${count}`);
  await expect(counter(audience)).toHaveText(`Slide ${count} of ${count}`);
  await expect(presenter.getByRole('heading', { name: 'End of the deck' })).toBeVisible();
});

test('the presenter view and the audience window switch theme together', async ({ context }) => {
  const audience = await context.newPage();
  await openDeck(audience, '/present/gil#2');
  const presenter = await context.newPage();
  await presenter.goto('/present/gil?view=presenter');
  await expect(audience.locator('html')).not.toHaveClass(/dark/);
  await presenter.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(audience.locator('html')).toHaveClass(/dark/);
  // A moving pointer brings back the audience window's controls.
  await audience.mouse.move(200, 200);
  await audience.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(presenter.locator('html')).not.toHaveClass(/dark/);
});

test('a long source file shows only its key function on a slide; the reading page shows all of it', async ({
  page,
}) => {
  await page.goto('/concurrent-io');
  const worker = page.locator('[data-source-file="labs/io/workers/fetch-worker.mjs"]');
  await expect(worker).toContainText("import { joinQueue } from './run-memory.mjs';");
  // The excerpts are the deck's alone: the reading page's HTML does not carry them.
  await expect(page.locator('[data-source-file]')).toHaveCount(15);
  await expect(page.locator('[data-source-excerpt]')).toHaveCount(0);

  await openDeck(page, '/present/concurrent-io');
  const index = await stageSlides(page)
    .filter({ has: page.locator('[data-source-excerpt="labs/io/workers/fetch-worker.mjs"]') })
    .getAttribute('data-slide-index');
  await openDeck(page, `/present/concurrent-io#${Number(index) + 1}`);
  const slide = visibleSlide(page);
  await slide.getByRole('tab', { name: 'Node.js' }).click();
  const excerpt = slide.locator('[data-source-excerpt="labs/io/workers/fetch-worker.mjs"]');
  await expect(excerpt).toBeVisible();
  await expect(excerpt).toContainText(/fetch-worker\.mjs, lines \d+–\d+/);
  await expect(excerpt).toContainText('workThroughQueue');
  await expect(excerpt).not.toContainText('import { joinQueue }');
  await expect(slide.locator('[data-source-file="labs/io/workers/thread-pool.ts"]')).toBeHidden();
  // Short enough to be projected at a readable size: the slide does not scroll.
  await expect(slide.locator('.slide-body')).toHaveAttribute('data-overflow', 'false');
});

test('click-steps reveal a list item by item in both windows; back hides them; print and the page show all', async ({
  context,
}) => {
  const audience = await context.newPage();
  const { number, count } = await openSlideWith(
    audience,
    '/present/django-async-history',
    '[data-steps]',
  );
  const shown = visibleSlide(audience).locator('[data-steps] li');
  await expect(shown).toHaveCount(3);
  for (const item of await shown.all()) await expect(item).toBeHidden();

  // The presenter sees every item, the next one to reveal marked.
  const presenter = await context.newPage();
  await presenter.goto(`/present/django-async-history?view=presenter#${number}`);
  await expectListening(presenter);
  const marked = visibleSlide(presenter).locator('[data-steps] li');
  for (const item of await marked.all()) await expect(item).toBeVisible();
  await expect(marked.nth(0)).toHaveAttribute('data-step', 'next');
  // Its "Next" says a step comes before the next slide.
  const next = presenter.locator('#deck-next-title');
  await expect(next).toHaveText('Next step (1 of 3)');

  await presenter.keyboard.press('ArrowRight');
  await expect(counter(presenter)).toHaveText(`Slide ${number} of ${count}`);
  await expect(next).toHaveText('Next step (2 of 3)');
  await expect(shown.nth(0)).toBeVisible();
  await expect(shown.nth(1)).toBeHidden();
  await expect(marked.nth(1)).toHaveAttribute('data-step', 'next');
  await expect(marked.nth(2)).toHaveAttribute('data-step', 'later');

  // The audience window's own keys step too, and the presenter follows.
  await audience.keyboard.press(' ');
  await audience.keyboard.press(' ');
  await expect(shown.nth(2)).toBeVisible();
  await expect(marked.nth(2)).toHaveAttribute('data-step', 'shown');
  await expect(counter(audience)).toHaveText(`Slide ${number} of ${count}`);
  await expect(next).toHaveText(new RegExp(`^Next: ${number + 1}\\. `));

  // With every step shown, the next press moves on; back returns to the finished slide.
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(audience, number + 1, count);
  await presenter.keyboard.press('ArrowLeft');
  await expectSlide(audience, number, count);
  await expect(shown.nth(2)).toBeVisible();
  await presenter.keyboard.press('ArrowLeft');
  await expect(shown.nth(2)).toBeHidden();
  await expect(shown.nth(1)).toBeVisible();
  await expect(counter(audience)).toHaveText(`Slide ${number} of ${count}`);

  await presenter.close();
  await audience.goto('/present/django-async-history?print');
  const printed = audience.locator(
    `.print-page [data-slide-index="${number - 1}"] [data-steps] li`,
  );
  await expect(printed).toHaveCount(3);
  for (const item of await printed.all()) await expect(item).toBeVisible();
  await audience.goto('/django-async-history');
  const onPage = audience.locator('[data-steps] li');
  await expect(onPage.first()).toBeVisible();
  for (const item of await onPage.all()) await expect(item).toBeVisible();
});

test('a prediction is asked on the page and on its own slide, its answer closed until opened', async ({
  page,
}) => {
  await page.goto('/django-async-history');
  const asked = page.getByRole('region', { name: 'Predict first' });
  await expect(asked).toContainText('How long does each');
  const answer = asked.getByText('About 3 s, then about 1 s');
  await expect(answer).toBeHidden();
  await asked.getByText('Show the answer').click();
  await expect(answer).toBeVisible();

  await openSlideWith(page, '/present/django-async-history', '[data-predict]');
  const onSlide = visibleSlide(page).getByRole('region', { name: 'Predict first' });
  await expect(onSlide).toBeVisible();
  await expect(onSlide.getByText('About 3 s, then about 1 s')).toBeHidden();
  // The listing that answers it comes on the next slide.
  await expect(visibleSlide(page).locator('pre')).toHaveCount(0);
});

test('speaker notes are Markdown: inline code is set as code, without its backticks', async ({
  page,
}) => {
  await page.goto('/present/django-async-history?view=presenter#1');
  const notes = page.getByTestId('speaker-notes');
  await expect(notes.locator('code').first()).toHaveText('async def');
  expect(await notes.innerText()).not.toContain('`');
});

test('a slide sets the Python and Node.js listings side by side; the page keeps its tabs', async ({
  page,
}) => {
  await openSlideWith(page, '/present/concurrent-io', '[data-code-side-by-side]');
  const pair = visibleSlide(page).locator('[data-code-side-by-side]');
  const python = pair.getByRole('region', { name: 'Python' });
  const node = pair.getByRole('region', { name: 'Node.js' });
  // Drawn, not only present: the code's own words take room on the slide.
  const excerpt = (side: typeof python) => side.locator('[data-source-excerpt] pre');
  await expect(excerpt(python).getByText('fetch_all', { exact: true })).toBeVisible();
  await expect(excerpt(node).getByText('sequential', { exact: true })).toBeVisible();
  const [left, right] = [await python.boundingBox(), await node.boundingBox()];
  expect(right!.x).toBeGreaterThanOrEqual(left!.x + left!.width);
  expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
  await page.goto('/concurrent-io');
  await expect(page.locator('[data-code-side-by-side]')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Python' }).first()).toBeVisible();
});

test('the stopwatch and the countdown run in the presenter view', async ({ page }) => {
  const start = new Date('2026-03-02T09:00:00Z').getTime();
  await page.clock.install({ time: start });
  await page.goto('/present/gil?view=presenter');
  // Stop the clock's natural flow: only runFor moves it.
  await page.clock.pauseAt(start + 5_000);
  const stopwatch = page.getByTestId('stopwatch');
  await expect(stopwatch).toHaveText('0:00');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.clock.runFor(65_000);
  await expect(stopwatch).toHaveText('1:05');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(10_000);
  await expect(stopwatch).toHaveText('1:05');
  await page.getByLabel('Talk length').fill('2');
  await expect(page.getByTestId('countdown')).toHaveText('0:55 left');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(60_000);
  await expect(page.getByTestId('countdown')).toHaveText('0:05 over');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(stopwatch).toHaveText('0:00');
});

test('speaker notes show in the presenter view only', async ({ page, context }) => {
  const note = 'Eight cores, eight threads';
  await page.goto('/present/gil?view=presenter#3');
  await expect(page.getByTestId('speaker-notes')).toContainText(note);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('speaker-notes')).toBeEmpty();
  await expect(page.getByText('No notes for this slide.')).toBeVisible();

  // Closed first: an open presenter view would take the new audience window to its slide.
  await page.close();
  const audience = await context.newPage();
  await openDeck(audience, '/present/gil#3');
  await expect(visibleSlide(audience)).toContainText('So threads in CPython give you concurrency');
  await expect(audience.getByText(note)).toHaveCount(0);

  await audience.goto('/gil');
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('The GIL');
  await expect(audience.getByText(note)).toHaveCount(0);
});

test('keys typed into an experiment stay in the experiment', async ({ page }) => {
  const count = await openDeck(page, '/present/concurrent-io#run-the-experiment');
  // Whatever number the experiment's slide has, the keys below must leave it there.
  const slideShown = (await counter(page).textContent()) ?? '';
  expect(slideShown).toMatch(/^Slide \d+ of \d+$/);
  const panel = visibleSlide(page).locator('[data-experiment="io"]');
  // On a slide the settings are folded into one line; open them to type.
  await panel.locator('[data-lab-settings] > summary').click();
  const requests = panel.getByLabel('Requests', { exact: true });
  await requests.click();
  await requests.fill('12');
  for (const key of [
    'ArrowRight',
    'ArrowLeft',
    'PageDown',
    'End',
    'Home',
    'Space',
    'Period',
    'o',
    'g',
    'b',
    'f',
    'Shift+?',
  ]) {
    await page.keyboard.press(key);
  }
  await expect(counter(page)).toHaveText(slideShown);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('blackout')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/present\/concurrent-io/);
  // Focus back on the slide, the deck listens again.
  await visibleSlide(page).focus();
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`Slide ${count} of ${count}`);
});

test('a swipe on a touch screen turns the slide', async ({ page }) => {
  const count = await openDeck(page, '/present/gil#4');
  const swipe = (fromX: number, toX: number) =>
    page.evaluate(
      ([from, to]) => {
        const target = document.querySelector(
          '[data-deck-stage] [data-slide-index]:not([hidden]) .slide-footer',
        )!;
        const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
        target.dispatchEvent(
          new TouchEvent('touchstart', {
            bubbles: true,
            touches: [touch(from)],
            changedTouches: [touch(from)],
          }),
        );
        target.dispatchEvent(
          new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(to)] }),
        );
      },
      [fromX, toX],
    );
  await swipe(900, 500);
  await expectSlide(page, 5, count);
  await swipe(400, 800);
  await expectSlide(page, 4, count);
});

test('the stage fills the window without scroll bars, at any size', async ({ page }) => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
    { width: 800, height: 1200 },
  ]) {
    await page.setViewportSize(viewport);
    await openDeck(page, '/present/concurrent-io#8');
    const frame = await visibleSlide(page).boundingBox();
    expect(frame).not.toBeNull();
    expect(frame!.x).toBeGreaterThanOrEqual(-0.5);
    expect(frame!.y).toBeGreaterThanOrEqual(-0.5);
    expect(frame!.x + frame!.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(frame!.y + frame!.height).toBeLessThanOrEqual(viewport.height + 0.5);
    // 16:9 and as large as the window allows.
    expect(frame!.width / frame!.height).toBeCloseTo(16 / 9, 2);
    expect(Math.max(frame!.width / viewport.width, frame!.height / viewport.height)).toBeCloseTo(
      1,
      2,
    );
    const scroll = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(scroll.x).toBeLessThanOrEqual(0);
    expect(scroll.y).toBeLessThanOrEqual(0);
  }
});

test('content taller than a slide is shrunk to fit, not clipped', async ({ page }) => {
  // Threads vs async's decision guide is a seven-row table, taller than a slide.
  await openDeck(page, '/present/threads-vs-async#choosing-a-decision-guide');
  const body = visibleSlide(page).locator('.slide-body');
  await expect(body).toHaveAttribute('data-overflow', 'false');
  const fit = await body.evaluate((element) => ({
    scale: Number((element as HTMLElement).dataset.scale),
    content: element.querySelector('.slide-content')!.getBoundingClientRect().bottom,
    box: element.getBoundingClientRect().bottom,
  }));
  expect(fit.scale).toBeLessThan(1);
  expect(fit.scale).toBeGreaterThanOrEqual(0.45);
  expect(fit.content).toBeLessThanOrEqual(fit.box + 1);
});

test('print mode puts every slide on its own landscape page, without notes or controls', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/present/gil?print');
  const pages = page.locator('.print-page');
  await expect(pages.first()).toBeVisible();
  const count = await pages.count();
  expect(count).toBe(32);
  await expect(page.getByRole('navigation', { name: 'Slide controls' })).toHaveCount(0);
  await expect(page.getByText('Eight cores, eight threads')).toHaveCount(0);
  // Nothing is clipped: every slide's content fits its page.
  const overflowing = await page.locator('.print-page .slide-body[data-overflow="true"]').count();
  expect(overflowing).toBe(0);
  // Chromium renders the print CSS: one 1024 × 576 px page (10.67 × 6 in) per slide.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
    'latin1',
  );
  const pageCount = pdf.match(/\/Type\s*\/Page[^s]/g)?.length;
  expect(pageCount).toBe(count);
  const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(Number(box?.[1])).toBeCloseTo(768, 0); // 1024 px = 768 pt
  expect(Number(box?.[2])).toBeCloseTo(432, 0); // 576 px = 432 pt
  expect(errors).toEqual([]);
});

test('print: a lab prints its question before any run, its latest result without controls after one', async ({
  page,
}) => {
  const printedLab = () => page.locator('.print-page [data-experiment="io"]');
  await page.goto('/present/concurrent-io?print');
  await expect(printedLab()).toBeVisible();
  // The question keeps its empty guess boxes (to write in); nothing to press is printed.
  await expect(printedLab().locator('[data-predict-first]')).toBeVisible();
  await expect(printedLab().locator('button:visible')).toHaveCount(0);
  await expect(printedLab().locator('[data-run-history]')).toHaveCount(0);

  await openDeck(page, '/present/concurrent-io#run-the-experiment');
  const live = visibleSlide(page).locator('[data-experiment="io"]');
  await live.getByRole('button', { name: 'Async', exact: true }).click();
  await expect(live.locator('[data-strategy="async"][data-state="done"]')).toBeVisible({
    timeout: 30_000,
  });

  await page.goto('/present/concurrent-io?print');
  await expect(printedLab()).toHaveAttribute('data-ran', '');
  await expect(printedLab().locator('[data-strategy="async"] svg rect').first()).toBeVisible();
  await expect(printedLab().locator('[data-run-history] table')).toBeVisible();
  await expect(printedLab().locator('button:visible, input:visible')).toHaveCount(0);
  await expect(printedLab().locator('[data-lab-settings]')).toBeHidden();
});

test('s opens the settings of the lab on a slide, in the audience and the presenter view', async ({
  page,
}) => {
  for (const path of [
    '/present/concurrent-io#run-the-experiment',
    '/present/concurrent-io?view=presenter#run-the-experiment',
  ]) {
    await openDeck(page, path);
    const settings = visibleSlide(page).locator('[data-experiment="io"] [data-lab-settings]');
    await expect(settings).not.toHaveAttribute('open');
    await page.keyboard.press('s');
    await expect(settings).toHaveAttribute('open', '');
    // The focus lands in the first field: the keyboard changes the settings at once.
    await expect(settings.locator(':focus')).toHaveCount(1);
    await settings.getByLabel('Requests', { exact: true }).fill('7');
    await expect(settings.locator('summary')).toContainText('Requests 7 · Delay 100 ms');
    // Back on the slide, s folds them again.
    await visibleSlide(page).locator('.slide-title').click();
    await page.keyboard.press('s');
    await expect(settings).not.toHaveAttribute('open');
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a slide, the overview and the presenter view pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDeck(page, '/present/concurrent-io#7');
    await expectNoSeriousViolations(page);
    await page.keyboard.press('o');
    await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto('/present/gil?view=presenter#3');
    await expect(page.getByTestId('speaker-notes')).toContainText('Eight cores');
    await expectNoSeriousViolations(page);
  });
}

test('an experiment started in the presenter view runs once and draws in the audience window', async ({
  context,
}) => {
  const audience = await context.newPage();
  await openDeck(audience, '/present/concurrent-io#run-the-experiment');
  const presenter = await context.newPage();
  await openDeck(presenter, '/present/concurrent-io?view=presenter#run-the-experiment');
  const runs: string[] = [];
  audience.on('request', (r) => r.url().includes('/api/experiments/') && runs.push(r.url()));
  const panel = visibleSlide(presenter).locator('[data-experiment="io"]');
  await panel.locator('[data-lab-settings] > summary').click();
  await panel.getByLabel('Requests', { exact: true }).fill('6');
  await panel.getByRole('button', { name: 'Async', exact: true }).click();
  await expect(panel.locator('[data-strategy="async"][data-state="done"]')).toBeVisible({
    timeout: 30_000,
  });
  const shown = visibleSlide(audience).locator('[data-experiment="io"] [data-strategy="async"]');
  await expect(shown).toHaveAttribute('data-state', 'done');
  await expect(shown.locator('svg rect')).toHaveCount(6);
  // Same measurement in both windows, and the audience window never called the server.
  const elapsed = async (page: Page) =>
    visibleSlide(page)
      .locator('[data-testid="summary-async"] [data-elapsed]')
      .getAttribute('data-elapsed');
  expect(await elapsed(audience)).toBe(await elapsed(presenter));
  expect(runs).toEqual([]);
});

test('+ and - zoom a slide in the presenter view, remembered per slide; bad saved zooms are dropped', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('deck-zoom:gil', JSON.stringify({ v: 1, data: { '1': 9 } }));
    }
  });
  await openDeck(page, '/present/gil?view=presenter#2');
  const zoomed = visibleSlide(page).locator('[data-zoom]');
  // The saved value was not one this page writes: dropped, the slide is at its designed size.
  await expect(zoomed).toHaveCount(0);
  await visibleSlide(page).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(zoomed).toHaveAttribute('data-zoom', '1.25');
  await page.keyboard.press('-');
  await expect(zoomed).toHaveAttribute('data-zoom', '1.1');
  // Another slide keeps its own zoom; coming back and reloading finds this one's again.
  await page.keyboard.press('ArrowRight');
  await expect(visibleSlide(page).locator('[data-zoom]')).toHaveCount(0);
  await page.reload();
  await expectListening(page);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(/^Slide 2 of/);
  await expect(visibleSlide(page).locator('[data-zoom]')).toHaveAttribute('data-zoom', '1.1');
});

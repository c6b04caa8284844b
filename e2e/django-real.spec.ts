import { expect, test } from '@playwright/test';
import { labOn } from './helpers';

interface Info {
  combinations: { django: string; server: string; available: boolean }[];
  missing: string | null;
}

test('the example-project page runs the essay’s project on real Django: 3.2 under runserver and 4.2 under uvicorn', async ({
  page,
  request,
}) => {
  const info = (await (await request.get('/api/experiments/django/info')).json()) as Info;
  await page.goto('/example-project');
  const lab = await labOn(page, 'django-real');
  await expect(lab).toBeVisible();
  // The TypeScript copy stays, labelled as what it is.
  await expect((await labOn(page, 'django')).getByTestId('reproduction-label')).toContainText(
    'reproduction',
  );
  // The project's own views.py and urls.py are on the page.
  await expect(
    lab.locator('[data-source-file="labs/django/workers/mysite/mysite/views.py"]'),
  ).toBeAttached();
  await expect(
    lab.locator('[data-source-file="labs/django/workers/mysite/mysite/urls.py"]'),
  ).toBeAttached();

  const ready = (django: string, server: string) =>
    info.combinations.some((c) => c.django === django && c.server === server && c.available);
  test.skip(
    !ready('3.2', 'runserver') || !ready('4.2', 'uvicorn'),
    `Django is not installed here: ${info.missing}`,
  );
  await lab.getByLabel('Django 3.2 · runserver', { exact: true }).fill('1200');

  for (const id of ['3.2-runserver', '4.2-uvicorn']) {
    await lab.locator(`[data-run="${id}"]`).click();
    const result = lab.locator(`[data-case="${id}"]`);
    await expect(result).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(result.getByTestId('status')).toHaveText('HTTP 200');
    await expect(result.getByTestId('answer')).toContainText(/fetch executed in 1\.\d\d seconds\./);
    // Ten sync views on the timeline, each a bar with its task id.
    await expect(result.locator('svg rect title')).toHaveCount(10);
  }
  await expect(lab.locator('[data-case="3.2-runserver"]')).toContainText('1.20 s');
});

test('bad queries are 400s and start nothing', async ({ request }) => {
  for (const query of [
    'django=5.0&server=runserver',
    'django=3.2&server=gunicorn',
    'django=3.2&server=runserver&module=os',
  ]) {
    const response = await request.get(`/api/experiments/django?${query}`);
    expect(response.status()).toBe(400);
  }
});

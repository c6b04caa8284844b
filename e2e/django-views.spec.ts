import { expect, test } from '@playwright/test';
import { labOn } from './helpers';

test('the essay’s two views answer with the same JSON, with and without the trailing slash', async ({
  request,
}) => {
  for (const path of ['/sync/api/?task_id=3', '/sync/api?task_id=3']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ message: 'Hello World!', task_id: '3' });
  }
  for (const path of ['/async/api_aggregated/', '/async/api_aggregated']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.responses).toHaveLength(10);
    expect(body.responses.map((r: { task_id: string }) => r.task_id)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    // Ten one-second calls at once: about one second, nowhere near ten.
    const seconds = Number(/fetch executed in (\d+\.\d\d) seconds\./.exec(body.debug_message)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThan(3);
  }
});

test('the example-project page calls the live views and shows the measured result', async ({
  page,
}) => {
  await page.goto('/example-project');
  const demo = await labOn(page, 'django');
  await demo.getByRole('button', { name: /Call the async view/ }).click();
  await expect(demo.getByTestId('debug-message')).toContainText(
    /fetch executed in 1\.\d\d seconds\./,
    { timeout: 15_000 },
  );
  await demo.getByRole('button', { name: /Call the sync view/ }).click();
  await expect(demo.getByText(/Answered after/)).toBeVisible({ timeout: 15_000 });
  await expect(demo.locator('pre')).toContainText('"task_id": "3"');
});

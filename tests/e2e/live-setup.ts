import type { Browser, Page } from 'playwright-core';

/**
 * A trainer's console at 1280×800 with a live session started on module 01, and its projector at
 * 16:9 showing the join code: where a live-room test begins. `onError` hears the console's page errors.
 */
export async function openLiveRoom(browser: Browser, baseURL: string, onError?: (message: string) => void) {
  const trainer = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const console_ = await trainer.newPage();
  if (onError) console_.on('pageerror', (e) => onError(e.message));
  await console_.goto(`${baseURL}/present/01-foundations`);
  const panel = console_.getByRole('region', { name: '课堂互动' });
  await panel.getByRole('button', { name: '开始课堂互动' }).click();
  const code = (await panel.getByText(/^\d{3} \d{3}$/).textContent())!.replace(/\s/g, '');
  const projector = await trainer.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${baseURL}/present/01-foundations/screen`);
  const stage = projector.getByRole('region', { name: '课堂互动' });
  await stage.getByText(`${code.slice(0, 3)} ${code.slice(3)}`).waitFor();
  return { trainer, console_, panel, code, projector, stage };
}

/** A phone joins the session by its code under `name` and waits for the first question. */
export async function joinAs(page: Page, baseURL: string, code: string, name: string) {
  await page.goto(`${baseURL}/join`);
  await page.getByLabel('加入码').fill(code);
  await page.getByLabel('你的名字').fill(name);
  await page.getByRole('button', { name: '加入', exact: true }).click();
  await page.getByText('等待讲师发布题目…').waitFor();
}

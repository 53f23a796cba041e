import { expect, inject, test } from 'vitest';
import { sharedBrowser, traineeContext } from './chromium';
import { holdRequests } from './hold-requests';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

test('slide keys pressed before the page has loaded its code still turn the slides', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // The app's start is held back until both keys are pressed, so they land on the plain first
  // screen of index.html, before any of the reader's code has run.
  const release = await holdRequests(page, /\/assets\/start-[^/]+\.js$/);
  await page.goto(`${baseURL}/modules/01-foundations/part-overview`);
  await page.locator('.slide__title').waitFor();
  expect(await page.locator('.site-menu__button').count()).toBe(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  release();
  await expect.poll(() => page.url(), { timeout: 60_000 }).toBe(`${baseURL}/modules/01-foundations/why-targets-matter`);
  await expect.poll(() => page.getByText('第 3 页，共 5 页').count()).toBe(1);
  await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('销售目标的重要性');
  await context.close();
});

test('two quick presses on a loaded module page turn two slides', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/modules/02-setting/part-overview`);
  // The reader's own slide (its section names the slide), not index.html's plain copy of it.
  await page.locator('.slide[data-slide-id] .slide__title').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.getByText('第 4 页，共 6 页').count()).toBe(1);
  await context.close();
});

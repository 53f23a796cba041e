import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { sharedBrowser } from './chromium';
import { companyCourse } from './company-course';
import { holdRequests } from './hold-requests';
import { slideSeen } from './reading';

// A shared PC with company sign-in, on a slow network: the server's word on who is signed in
// comes after the page's code. Nothing may be drawn, nor recorded, as the person who signed out.
const browser = sharedBrowser();
const { base, signInAtProvider, signOut } = await companyCourse();

const modulesOnDevice = (page: Page) =>
  page.evaluate(() => Object.keys((JSON.parse(localStorage.getItem('sta:progress') ?? '{}') as { state?: { modules?: object } }).state?.modules ?? {}));

test('after someone signs out, a module page opened before the server says who is signed in marks nothing read in their name: it waits, then asks to sign in', async () => {
  // The service worker would fetch config.json itself, out of the page's reach: this is about the page.
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/modules/01-foundations/part-overview`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await slideSeen(page, '01-foundations', 'part-overview');
  await signOut(page);

  // The next person opens another module while config.json is held back, as on a slow network.
  const answer = await holdRequests(page, '**/config.json');
  await page.goto(`${base}/modules/02-setting/part-overview`);
  // The page's code is in and waits for that word only: the plain first screen stays, marked busy.
  await page.locator('[aria-busy="true"]').waitFor({ state: 'attached' });
  expect(await modulesOnDevice(page)).toEqual(['01-foundations']);
  answer();
  await page.getByRole('link', { name: '使用公司账号登录' }).waitFor();
  expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
  expect(await modulesOnDevice(page)).toEqual(['01-foundations']);
  await context.close();
});

import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { IDP_USERS } from '../setup/oidc-provider';
import { sharedBrowser } from './chromium';
import { companyCourse } from './company-course';
import { holdRequests } from './hold-requests';
import { slideSeen } from './reading';

// A shared PC with company sign-in: one person signs out, the next signs in on the same browser.
// Nothing may be drawn, nor recorded, as the other person, even on a slow network where the
// server's word on who is signed in comes after the page's code.
const browser = sharedBrowser();
const { base, signInAtProvider, signOut, answersStoredFor: goalsStoredFor } = await companyCourse();

const modulesOnDevice = (page: Page) =>
  page.evaluate(() => Object.keys((JSON.parse(localStorage.getItem('sta:progress') ?? '{}') as { state?: { modules?: object } }).state?.modules ?? {}));

/** The trainee signs in on this browser, reads module 01's first slide, and signs out. */
async function traineeReadsAndSignsOut(page: Page) {
  await page.goto(`${base}/modules/01-foundations/part-overview`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await slideSeen(page, '01-foundations', 'part-overview');
  await signOut(page);
}

test('after someone signs out, a module page opened before the server says who is signed in marks nothing read in their name: it waits, then asks to sign in', async () => {
  // The service worker would fetch config.json itself, out of the page's reach: this is about the page.
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await traineeReadsAndSignsOut(page);

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

test('on a shared browser the next person signed in starts from their own work, never the previous person’s; the first finds theirs again', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await traineeReadsAndSignsOut(page);

  // The manager signs in on the same browser, landing on a slide of another module.
  await page.goto(`${base}/modules/02-setting/part-overview`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'manager');
  await slideSeen(page, '02-setting', 'part-overview');
  await expect.poll(() => modulesOnDevice(page)).toEqual(['02-setting']);
  await page.goto(base);
  await expect.poll(() => page.getByRole('link', { name: new RegExp(IDP_USERS.manager.name) }).count()).toBe(1);
  expect(await page.getByText('第一部分 销售目标基础').count()).toBe(0);
  expect(await modulesOnDevice(page)).toEqual(['02-setting']);
  // The trainee signs in again on this browser and finds their own reading where they left it.
  await signOut(page);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await expect.poll(() => modulesOnDevice(page)).toEqual(['01-foundations']);
  await context.close();
});

test('what the first person could not send waits for them on a shared browser: never sent as the next person, sent as theirs when they sign in again', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const goalText = '2027年第三季度末前，华东云协同套件的销售额达到1,800万元';
  const goalsStored = (employeeId: string) => goalsStoredFor(employeeId, goalText);

  // The trainee saves a goal while the records server cannot be reached: it waits in the browser's queue.
  await context.route('**/xapi/statements', (route) => route.abort('internetdisconnected'));
  await page.goto(`${base}/practice/smart`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await page.goto(`${base}/practice/smart`);
  await page.getByRole('textbox', { name: '你的目标' }).fill(goalText);
  await page.getByRole('button', { name: '保存到我的目标' }).click();
  await expect.poll(() => page.getByRole('region', { name: '我的目标' }).getByText(goalText, { exact: true }).count()).toBe(1);
  await signOut(page);

  // The network comes back while the browser shows the sign-in screen: nothing is sent in the
  // name of the trainee who signed out (the page sends its queue as it starts).
  await context.unroute('**/xapi/statements');
  await page.reload({ waitUntil: 'networkidle' });
  expect(await goalsStored(IDP_USERS.trainee.employee_id)).toBe(0);

  // The manager signs in on the same browser: their own records go, the trainee's wait.
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'manager');
  await page.goto(`${base}/practice/smart`);
  await page.getByRole('textbox', { name: '你的目标' }).fill(goalText);
  await page.getByRole('button', { name: '保存到我的目标' }).click();
  await expect.poll(() => goalsStored(IDP_USERS.manager.employee_id), { timeout: 60_000 }).toBe(1);
  expect(await goalsStored(IDP_USERS.trainee.employee_id)).toBe(0);
  await signOut(page);

  // The trainee signs in again: the goal they saved goes to the records server as theirs, once.
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await expect.poll(() => goalsStored(IDP_USERS.trainee.employee_id), { timeout: 60_000 }).toBe(1);
  expect(await goalsStored(IDP_USERS.manager.employee_id)).toBe(1);
  await context.close();
});

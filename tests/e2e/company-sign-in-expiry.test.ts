import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { IDP_USERS } from '../setup/oidc-provider';
import { sharedBrowser } from './chromium';
import { companyCourse } from './company-course';

// Company sign-in that runs out while a trainee has the course open.
const browser = sharedBrowser();
const { base, app, signInAtProvider, answersStoredFor: goalsStoredFor } = await companyCourse();

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

test('a sign-in that runs out while the page is open: the next thing the trainee does asks them to sign in again, saying why, and what they did then is recorded as theirs once they have', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const goals = ['2027年第一季度末前，新签大客户12家', '2027年第二季度末前，渠道销售额提升15%'];
  const stored = (goal: string) => goalsStoredFor(IDP_USERS.trainee.employee_id, goal);
  const saveGoal = async (goal: string) => {
    await page.getByRole('textbox', { name: '你的目标' }).fill(goal);
    await page.getByRole('button', { name: '保存到我的目标' }).click();
  };

  await page.goto(`${base}/practice/smart`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await page.goto(`${base}/practice/smart`);
  await saveGoal(goals[0]!);
  await expect.poll(() => stored(goals[0]!), { timeout: 60_000 }).toBe(1);

  // The session goes unused past its idle time (as if the trainee had left the page open); the
  // server may remember a token's owner for a few seconds, so the test waits until it refuses it.
  await app.sql.run('UPDATE user_sessions SET last_seen = 0');
  const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('sta:profile') ?? '{}') as { state?: { registration?: { token?: string } } }).state?.registration?.token);
  expect(token).toBeTruthy();
  await expect
    .poll(async () => (await fetch(`${base}/xapi/statements?limit=1`, { headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3' } })).status, { timeout: 60_000 })
    .toBe(401);

  // The trainee carries on: the goal is kept in the browser, and the page asks them to sign in again.
  await saveGoal(goals[1]!);
  await expect.poll(() => page.getByText('你的登录已过期', { exact: false }).count(), { timeout: 60_000 }).toBe(1);
  expect(await heading(page)).toBe('使用公司账号登录');
  expect(await stored(goals[1]!)).toBe(0);

  // Still signed in at the company's provider, the trainee is back at once, without typing a password.
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await expect.poll(() => page.getByRole('link', { name: new RegExp(IDP_USERS.trainee.name) }).count(), { timeout: 60_000 }).toBe(1);
  await expect.poll(() => stored(goals[1]!), { timeout: 60_000 }).toBe(1);
  expect(await stored(goals[0]!)).toBe(1);
  await context.close();
});

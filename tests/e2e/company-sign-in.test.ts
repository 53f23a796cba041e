import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { IDP_USERS } from '../setup/oidc-provider';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { companyCourse, xapiAuth } from './company-course';
import { answer } from './quiz-oracle';
import { slideSeen } from './reading';
import { readXlsx } from '../setup/read-xlsx';

const browser = sharedBrowser();
const { base, idp, signInAtProvider } = await companyCourse();

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

test('the first screen is "Sign in with your company account", in both languages, with nothing axe finds', async () => {
  // axe is injected as a script, which the server's CSP would rightly block.
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(base);
  await expect.poll(() => heading(page)).toBe('使用公司账号登录');
  expect(await page.getByRole('textbox').count()).toBe(0); // nothing to type: the details come from the account
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => heading(page)).toBe('Sign in with your company account');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

let trainee: BrowserContext;

test('a trainee signs in at the provider, reads a slide and passes module 01’s quiz; the records are the provider’s name and employee id', async () => {
  trainee = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await trainee.newPage();
  await page.goto(`${base}/modules/01-foundations/part-overview`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  // Back where they were going, signed in: the slide, and their name from the company account in the header.
  await slideSeen(page, '01-foundations', 'part-overview');
  await expect.poll(() => page.getByRole('link', { name: new RegExp(IDP_USERS.trainee.name) }).count()).toBe(1);

  await page.goto(`${base}/modules/01-foundations/quiz`);
  await page.getByRole('radio', { name: '全部题目在一页' }).check();
  await page.getByRole('button', { name: '开始测验' }).click();
  for (let n = 1; n <= 8; n++) await answer(page, page.getByRole('region', { name: `第 ${n} 题，共 8 题` }), '01-foundations', true);
  await page.getByRole('button', { name: '提交测验' }).click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: '仍然提交' }).click();
  await expect.poll(() => page.locator('.result__verdict strong').textContent()).toBe('已通过');

  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: IDP_USERS.trainee.employee_id } });
  const stored = async () =>
    ((await (await fetch(`${base}/xapi/statements?agent=${encodeURIComponent(agent)}&limit=500`, { headers: { Authorization: xapiAuth, 'X-Experience-API-Version': '1.0.3' } })).json()) as { statements: { verb: { id: string }; object: { id: string } }[] }).statements;
  await expect.poll(async () => (await stored()).some((s) => s.verb.id.endsWith('/passed') && s.object.id.endsWith('/modules/01-foundations/quiz')), { timeout: 60_000 }).toBe(true);

  // The details page shows the account's details, read-only.
  await page.goto(`${base}/profile`);
  await expect.poll(() => page.getByText(IDP_USERS.trainee.department, { exact: true }).count()).toBe(1);
  expect(await page.getByRole('textbox').count()).toBe(0);
});

test('the trainee’s session cannot reach HR’s records, start a live session, nor self-register under another id', async () => {
  const page = trainee.pages()[0]!;
  await page.goto(`${base}/hr`);
  await expect.poll(() => page.getByRole('alert').filter({ hasText: '无权查看学习记录' }).count()).toBe(1);
  await page.goto(`${base}/present/01-foundations`);
  const live = page.getByRole('region', { name: '课堂互动' });
  await expect.poll(() => live.getByText('只有培训师可以发起课堂互动', { exact: false }).count()).toBe(1);
  expect(await live.getByRole('button', { name: '开始课堂互动' }).count()).toBe(0);
  const status = await page.evaluate(async () => (await fetch('/hr/api/progress')).status);
  expect(status).toBe(403);
  const registered = await page.evaluate(async () => (await fetch('/api/trainees', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'X', employeeId: 'E9001', department: 'Y' }) })).status);
  expect(registered).toBe(403);
});

test('a trainer signs in from the presenter console and starts a live session', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/present/01-foundations`);
  const live = page.getByRole('region', { name: '课堂互动' });
  await live.getByRole('link', { name: '使用公司账号登录以发起课堂互动' }).click();
  await signInAtProvider(page, 'trainer');
  await page.getByRole('region', { name: '课堂互动' }).getByRole('button', { name: '开始课堂互动' }).click();
  await expect.poll(() => page.getByRole('region', { name: '课堂互动' }).getByText(/^\d{3} \d{3}$/).count(), { timeout: 60_000 }).toBe(1);
  await context.close();
});

test('HR signs in the same way, sees the trainee with the provider’s name and department, and signing out ends the provider’s session too', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/hr`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'hr');
  const row = page.getByRole('row').filter({ hasText: IDP_USERS.trainee.employee_id });
  await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
  expect(await row.textContent()).toContain(IDP_USERS.trainee.name);
  expect(await row.textContent()).toContain(IDP_USERS.trainee.department);

  // HR's sign-out ends the provider's session too: signing in to HR again asks for the password.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.href.startsWith(idp.issuer));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  // Back on HR's sign-in (not the course's first screen), told they are signed out.
  await page.waitForURL(`${base}/hr?signin=signed-out`);
  await expect.poll(() => page.getByRole('status').filter({ hasText: '你已退出登录。' }).count()).toBe(1);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: '登录 HR 看板' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await page.waitForURL((url) => url.href.startsWith(idp.issuer));
  await expect.poll(() => page.locator('input[name="password"]').count()).toBe(1);
  await context.close();
});

test('someone whose company account has no HR role is told so on HR’s page, in both languages, and can sign out there to use another account', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/hr`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await expect.poll(() => page.getByRole('alert').filter({ hasText: '无权查看学习记录' }).count()).toBe(1);
  expect(await page.getByRole('button', { name: '退出登录，换一个账号' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'cannot see learning records' }).count()).toBe(1);
  await page.getByRole('button', { name: 'Sign out to use another account' }).click();
  // The provider's session ends too, so the next sign-in asks which account; then back on HR's sign-in.
  await page.waitForURL((url) => url.href.startsWith(idp.issuer));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL(`${base}/hr?signin=signed-out`);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Sign in to the HR dashboard' }).count()).toBe(1);
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'You have signed out.' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Sign in with your company account' }).click();
  await signInAtProvider(page, 'hr');
  await expect.poll(() => page.getByRole('row').filter({ hasText: IDP_USERS.trainee.employee_id }).count(), { timeout: 60_000 }).toBe(1);
  await context.close();
});

test('a manager signs in the same way and sees only their department: in the page and in every export they download', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/hr`);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'manager');
  // The trainee is in the manager's department; HR (E9001) and the trainer (E9002) are on record in others.
  const others = [IDP_USERS.hr.employee_id, IDP_USERS.trainer.employee_id, IDP_USERS.hr.department, IDP_USERS.trainer.department];
  const table = page.getByRole('table', { name: /^(学员 × 模块学习进度|Trainee × module progress)$/ });
  await expect.poll(() => table.getByRole('row').filter({ hasText: IDP_USERS.trainee.employee_id }).count(), { timeout: 60_000 }).toBe(1);
  const shown = (await table.textContent())!;
  for (const other of others) expect(shown, other).not.toContain(other);

  const download = async (link: string) => {
    const started = page.waitForEvent('download');
    await page.getByRole('link', { name: link, exact: true }).click();
    return readFileSync((await (await started).path())!);
  };
  const csv = (await download('导出 CSV')).toString('utf8');
  const sheets = JSON.stringify(readXlsx(new Uint8Array(await download('导出 Excel（XLSX）'))));
  const ndjson = (await download('导出 xAPI 语句（NDJSON）')).toString('utf8');
  for (const [name, body] of [['CSV', csv], ['XLSX', sheets], ['NDJSON', ndjson]] as const) {
    expect(body, name).toContain(IDP_USERS.trainee.employee_id);
    for (const other of others) expect(body, `${name} names ${other}`).not.toContain(other);
  }
  // The item analysis's exports count the department's answers only: the trainee's one attempt at module 01's quiz.
  await page.goto(`${base}/hr/items`);
  const itemsCsv = (await download('导出 CSV')).toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
  expect(itemsCsv.length).toBeGreaterThan(0);
  // (Column 8 is the quiz's id; column 3 the attempts.)
  const module01 = itemsCsv.filter((l) => l.includes('","01-foundations","'));
  expect(module01.length).toBeGreaterThan(0);
  for (const line of module01) expect(line.split('","')[2]).toBe('1');
  const itemsXlsx = readXlsx(new Uint8Array(await download('导出 Excel（XLSX）')))[0]!;
  const module01Rows = itemsXlsx.rows.slice(1).filter((r) => r[7] === '01-foundations');
  expect(module01Rows.length).toBeGreaterThan(0);
  expect(module01Rows.every((r) => r[2] === 1)).toBe(true);
  // Another department is refused outright.
  expect(await page.evaluate(async (d) => (await fetch(`/hr/api/export.csv?department=${encodeURIComponent(d)}`)).status, IDP_USERS.hr.department)).toBe(403);
  await context.close();
  await trainee.close();
});

test('signing out also signs out at the company provider: the first screen says so in both languages, with nothing axe finds, and signing in again asks for the password', async () => {
  // axe is injected as a script, which the server's CSP would rightly block.
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('link', { name: '使用公司账号登录' }).click();
  await signInAtProvider(page, 'trainee');
  await page.goto(`${base}/profile`);
  await page.getByRole('button', { name: '退出登录' }).click();
  // The provider's own page asks to confirm (ours is not involved), then sends the browser back.
  await page.waitForURL((url) => url.href.startsWith(idp.issuer));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL((url) => url.href.startsWith(base));
  await expect.poll(() => page.getByRole('status').filter({ hasText: '你已退出登录。' }).count()).toBe(1);
  expect(await heading(page)).toBe('使用公司账号登录');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'You have been signed out.' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  // The next person at this browser is asked for their account and password, not signed in as the trainee.
  await page.getByRole('link', { name: 'Sign in with your company account' }).click();
  await page.waitForURL((url) => url.href.startsWith(idp.issuer));
  await expect.poll(() => page.locator('input[name="password"]').count()).toBe(1);
  await signInAtProvider(page, 'trainer');
  await page.goto(`${base}/profile`);
  await expect.poll(() => page.getByText(IDP_USERS.trainer.department, { exact: true }).count()).toBe(1);
  expect(await page.getByText(IDP_USERS.trainee.name).count()).toBe(0);
  await context.close();
});

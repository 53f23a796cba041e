import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './chromium';
import { slideSeen } from './reading';
import { answer, takeModuleQuiz } from './quiz-oracle';
import { readXlsx } from '../setup/read-xlsx';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const xapiAuth = inject('xapiAuth');
const slides01 = ['part-overview', 'what-is-a-sales-target', 'why-targets-matter', 'smart-criteria', 'target-types'];
const employeeId = `E7-${Date.now().toString(36)}`;
const department = '记录验收部';

/** What the records server holds for this trainee (read with the full-access credential, as an LRS tool would). */
async function storedStatements(): Promise<{ id: string; verb: { id: string }; object: { id: string }; result?: { score?: { scaled: number } } }[]> {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: employeeId } });
  const res = await fetch(`${baseURL}/xapi/statements?agent=${encodeURIComponent(agent)}&limit=500`, { headers: { Authorization: xapiAuth, 'X-Experience-API-Version': '1.0.3' } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { statements: never[] }).statements;
}

const isQuizVerdict = (moduleId: string) => (s: { verb: { id: string }; object: { id: string } }) =>
  /\/(passed|failed)$/.test(s.verb.id) && s.object.id.endsWith(`/modules/${moduleId}/quiz`);

/** Client-side navigation, as a link would do it: no new page load, so it works offline with what is loaded. */
const navigate = (page: Page, path: string) =>
  page.evaluate((p) => {
    history.pushState({}, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);

test('a new trainee registers, completes module 01, takes module 02’s quiz offline; HR sees it all and exports it', async () => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The app runs under the server's Content-Security-Policy (no inline script): any violation fails.
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && errors.push(m.text()));

  // First start: who are you?
  await page.goto(baseURL);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('欢迎来到销售目标学院');
  await page.getByLabel('姓名').fill('周记录');
  await page.getByLabel('工号').fill(employeeId);
  await page.getByLabel('部门').fill(department);
  await page.getByRole('button', { name: '保存并开始学习' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('销售目标学院');

  // Module 01: read every slide, then pass the quiz.
  for (const id of slides01) {
    await page.goto(`${baseURL}/modules/01-foundations/${id}`);
    await slideSeen(page, '01-foundations', id);
  }
  await page.getByRole('link', { name: /完成本模块/ }).click();
  await takeModuleQuiz(page, page, '01-foundations');
  await expect.poll(() => page.locator('.result__verdict strong').textContent()).toBe('已通过');

  // The server has module 01: read (completed) and passed, each once.
  await expect.poll(async () => (await storedStatements()).filter(isQuizVerdict('01-foundations')).length, { timeout: 60_000 }).toBe(1);
  const after01 = await storedStatements();
  expect(after01.filter((s) => s.verb.id.endsWith('/completed') && s.object.id.endsWith('/modules/01-foundations'))).toHaveLength(1);
  expect(after01.filter((s) => s.verb.id.endsWith('/answered'))).toHaveLength(8);

  // Module 02's quiz, offline: the page is loaded, the network goes away.
  await navigate(page, '/modules/02-setting/quiz');
  await page.getByRole('button', { name: '开始测验' }).waitFor();
  await context.setOffline(true);
  await page.getByRole('radio', { name: '全部题目在一页' }).check();
  await page.getByRole('button', { name: '开始测验' }).click();
  for (let n = 1; n <= 8; n++) await answer(page, page.getByRole('region', { name: `第 ${n} 题，共 8 题` }), '02-setting', n % 2 === 0);
  await page.getByRole('button', { name: '提交测验' }).click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: '仍然提交' }).click();
  await expect.poll(() => page.locator('.result__verdict strong').textContent()).toBe('未通过');
  await expect.poll(() => page.getByRole('status').filter({ hasText: '学习记录尚未发送' }).count()).toBe(1);
  const queued = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sta-records');
        open.onsuccess = () => {
          const all = open.result.transaction('queue').objectStore('queue').getAll();
          all.onsuccess = () => resolve((all.result as { statement?: { kind?: string } }[]).filter((q) => q.statement?.kind === 'quiz-attempt').length);
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  // The attempt's seed and answers, kept in IndexedDB: the server scores them when they arrive.
  expect(queued).toBe(1);
  expect((await storedStatements()).filter(isQuizVerdict('02-setting'))).toHaveLength(0);

  // Back online: the queue sends everything, once.
  await context.setOffline(false);
  await expect.poll(async () => (await storedStatements()).filter(isQuizVerdict('02-setting')).length, { timeout: 60_000 }).toBe(1);
  await expect.poll(() => page.getByRole('status').filter({ hasText: '学习记录尚未发送' }).count()).toBe(0);
  const all = await storedStatements();
  expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  expect(all.filter((s) => s.verb.id.endsWith('/answered') && s.object.id.includes('/modules/02-setting/'))).toHaveLength(8);
  expect(errors).toEqual([]);
  await context.close();

  await hrChecks();
});

async function hrChecks() {
  const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL}/hr`);
  await page.getByLabel('用户名').fill(inject('hrUser'));
  await page.getByLabel('密码').fill('wrong password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect.poll(() => page.getByText('用户名或密码不正确。').count()).toBe(1);
  await page.getByLabel('密码').fill(inject('hrPassword'));
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('table', { name: '学员 × 模块学习进度' }).waitFor();

  await page.getByLabel('部门', { exact: true }).selectOption(department);
  await expect.poll(() => page.getByRole('row').filter({ hasText: employeeId }).count()).toBe(1);
  await expect.poll(() => page.locator('[role="row"][aria-rowindex]').count()).toBe(2); // the header and our trainee
  const row = page.getByRole('row').filter({ hasText: employeeId });
  const cells = await row.getByRole('cell').allInnerTexts();
  const text = cells.join(' | ');
  expect(text).toContain('周记录');
  expect(text).toMatch(/已完成[\s\S]*100%/);
  expect(text).toMatch(/进行中[\s\S]*\d+%/);
  expect(page.url()).toContain(`department=${encodeURIComponent(department)}`);

  // The exports carry the filter: only this trainee, read back from the files.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 CSV' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(1 + 10);
  expect(lines.slice(1).every((l) => l.startsWith(`"${employeeId}","周记录","${department}"`) && l.includes('"自行填报"'))).toBe(true);
  expect(lines.find((l) => l.includes('"01-foundations"'))).toContain('"已完成","100","1"');
  expect(lines.find((l) => l.includes('"02-setting"'))).toMatch(/"进行中","\d+(\.\d)?","1"/);

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 Excel（XLSX）' }).click();
  const sheets = readXlsx(new Uint8Array(readFileSync((await (await xlsxDownload).path())!)));
  const progress = sheets[0]!.rows;
  expect(progress).toHaveLength(1 + 10);
  // The cohort (none here), the course status, then the final assessment (best, attempts, passed), the certificate (code, date) and where the identity came from, then the module.
  const module01 = progress.find((r) => r[11] === '01-foundations')!;
  expect(module01.slice(0, 16)).toEqual([employeeId, '周记录', department, null, '进行中', null, 0, '否', null, null, '自行填报', '01-foundations', '销售目标基础', '已完成', 1, 1]);
  const module02 = progress.find((r) => r[11] === '02-setting')!;
  expect(module02[13]).toBe('进行中');
  expect(module02[15]).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
}

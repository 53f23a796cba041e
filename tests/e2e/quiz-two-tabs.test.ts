import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { contextSetUpAs, sharedBrowser } from './chromium';
import { answer } from './quiz-oracle';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const moduleId = '06-incentives';

/** Answers the attempt on screen (all items on one page), right or wrong, and submits it. */
async function answerAndSubmit(page: Page, right: boolean) {
  for (let n = 1; n <= 8; n++) await answer(page, page.getByRole('region', { name: `第 ${n} 题，共 8 题` }), moduleId, right);
  await page.getByRole('button', { name: '提交测验' }).click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: '仍然提交' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('测验结果：销售目标激励');
}

/** What the records queue (IndexedDB) still holds: each item's kind and whether the server refused it. */
const queued = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ kind?: string; rejected: boolean }[]>((resolve, reject) => {
        const open = indexedDB.open('sta-records');
        open.onsuccess = () => {
          const all = open.result.transaction('queue').objectStore('queue').getAll();
          all.onsuccess = () => resolve((all.result as { statement?: { kind?: string }; rejected?: unknown }[]).map((q) => ({ kind: q.statement?.kind, rejected: Boolean(q.rejected) })));
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );

test('one attempt open in two tabs and submitted in one: the other tab shows the result the server recorded', async () => {
  const employeeId = `T2-${Date.now().toString(36)}`;
  const context = await contextSetUpAs(browser(), baseURL, { viewport: { width: 1280, height: 800 }, bypassCSP: true }, { profile: { name: '钱双页', employeeId, department: '双页验收部' } });
  const tabA = await context.newPage();
  const errors: string[] = [];
  tabA.on('pageerror', (e) => errors.push(e.message));
  await tabA.goto(`${baseURL}/modules/${moduleId}/quiz`);
  await tabA.getByRole('radio', { name: '全部题目在一页' }).check();
  await tabA.getByRole('button', { name: '开始测验' }).click();
  await tabA.getByRole('region', { name: '第 1 题，共 8 题' }).waitFor();

  // The same attempt, resumed in a second tab before either is submitted.
  const tabB = await context.newPage();
  tabB.on('pageerror', (e) => errors.push(e.message));
  await tabB.goto(`${baseURL}/modules/${moduleId}/quiz`);
  await tabB.getByRole('region', { name: '第 1 题，共 8 题' }).waitFor();

  await answerAndSubmit(tabA, true);
  await expect.poll(() => tabA.getByText('成绩由课程的学习记录服务器评定').count(), { timeout: 60_000 }).toBe(1);
  expect(await tabA.locator('.result__verdict strong').textContent()).toBe('已通过');

  // Tab B follows tab A: the attempt it showed was submitted there, so it shows that attempt's
  // result as the server recorded it, and has nothing left to submit twice.
  await expect.poll(() => tabB.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 }).toBe('测验结果：销售目标激励');
  await expect.poll(() => tabB.getByText('成绩由课程的学习记录服务器评定').count(), { timeout: 60_000 }).toBe(1);
  expect(await tabB.locator('.result__score').textContent()).toBe('100%');
  expect(await tabB.locator('.result__verdict strong').textContent()).toBe('已通过');
  expect(await tabB.locator('.result-item').getByText('回答错误').count()).toBe(0);
  // Nothing is left refused or waiting in the records queue.
  await expect.poll(() => queued(tabB)).toEqual([]);
  expect(await axeViolations(tabB)).toEqual([]);

  // The device's best is the server's, in both tabs and after a reload.
  for (const tab of [tabB, tabA]) {
    await tab.goto(`${baseURL}/modules/${moduleId}/quiz`);
    await expect.poll(() => tab.locator('.quiz-intro__best').textContent()).toMatch(/^最高分：100%/);
  }
  expect(errors).toEqual([]);
  await context.close();
});

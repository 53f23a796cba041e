import { expect, inject, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { sharedBrowser } from './chromium';
import { signInToHr } from './hr-sign-in';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const department = `打印测试部${Date.now().toString(36)}`;
const people = Array.from({ length: 30 }, (_, i) => ({ employeeId: `P${Date.now().toString(36)}${String(i).padStart(2, '0')}`, name: `打印学员${i + 1}` }));

test('HR prints the filtered dashboard: every trainee of the page and every module column on a landscape sheet, with the filters but without the forms that manage cohorts, due days and views', async () => {
  for (const p of people) {
    const res = await fetch(`${baseURL}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...p, department }) });
    expect(res.status).toBe(201);
  }
  // About the printable width of an A4 landscape sheet (277 mm at 96 px per inch).
  const context = await browser().newContext({ viewport: { width: 1040, height: 760 } });
  const page = await context.newPage();
  await signInToHr(page, baseURL);
  await page.getByRole('combobox', { name: '部门' }).first().selectOption(department);
  const table = page.getByRole('table', { name: '学员 × 模块学习进度' });
  await table.getByRole('row').filter({ hasText: '打印学员1' }).first().waitFor();
  // On screen only the rows in view are drawn.
  expect(await table.getByRole('row').count()).toBeLessThan(people.length + 1);

  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => table.getByRole('row').count()).toBe(people.length + 1);
  // Every column, the last module's included, fits the sheet's width.
  const headers = table.getByRole('columnheader');
  const right = await headers.last().evaluate((el) => el.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(1040);
  expect(await headers.last().textContent()).toContain('实战演练与总结');
  // The filters say what the sheet holds; the management forms stay on screen.
  expect(await page.getByRole('region', { name: '筛选条件' }).isVisible()).toBe(true);
  for (const heading of ['截止日期', '批次', '已保存的视图']) expect(await page.getByRole('heading', { name: heading, exact: true }).isVisible()).toBe(false);
  expect(await page.getByRole('link', { name: /导出 CSV/ }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(false);
  await context.close();
});

/** Which cells of the table cut their text (ellipsis, line clamp, a chip wider than its cell): their text as shown. */
const cutCells = (table: Locator) =>
  table.evaluate((table) =>
    [...table.querySelectorAll<HTMLElement>('[role="cell"], [role="cell"] *')]
      .filter((el) => getComputedStyle(el).overflow !== 'visible' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      .map((el) => el.textContent),
  );

test('in English too, a printed row shows a long employee id, department and every status whole, not cut off', async () => {
  const stamp = Date.now().toString(36);
  const dept = `Strategic Enterprise Accounts and Channel Partners ${stamp}`;
  const who = { employeeId: `EMP-2026-EAST-${stamp}`, name: 'Maximiliana Alexandra Konstantinopoulou', department: dept };
  expect((await fetch(`${baseURL}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(who) })).status).toBe(201);
  const context = await browser().newContext({ viewport: { width: 1040, height: 760 } });
  const page = await context.newPage();
  await signInToHr(page, baseURL);
  // English, as chosen in the header (kept in the settings store), once signed in.
  await page.getByRole('heading', { level: 1, name: 'HR 学习数据看板' }).waitFor();
  await page.evaluate(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'light', showNotes: false }, version: 1 })));
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search by name or employee ID' }).fill(who.employeeId);
  const table = page.getByRole('table', { name: /Trainee × module progress/i });
  await table.getByRole('row').filter({ hasText: who.name }).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await cutCells(table)).toEqual([]);
  await context.close();
});

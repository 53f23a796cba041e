import { expect, inject, test } from 'vitest';
import { axeViolations } from './axe';
import { sharedBrowser } from './chromium';
import { signInToHr } from './hr-sign-in';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const employeeId = `G${Date.now().toString(36)}`;
const name = '授权学员';

test('an admin grants manager to an employee, sees it listed after a reload, removes it after confirming; the page passes axe in both languages', async () => {
  // A registered trainee, so that the list can name them.
  const registered = await fetch(`${baseURL}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId, department: '授权测试部' }) });
  expect(registered.status).toBe(201);

  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signInToHr(page, baseURL);
  await page.getByRole('link', { name: '角色授权' }).click();
  await page.getByRole('heading', { level: 1, name: '角色授权' }).waitFor();

  await page.getByLabel('工号').fill(employeeId);
  await page.getByRole('checkbox', { name: '经理' }).check();
  await page.getByRole('button', { name: '保存授权' }).click();
  await page.getByText(`已保存 ${employeeId} 的角色：经理。将在其下次登录时生效。`).waitFor();

  await page.reload();
  const table = page.getByRole('table', { name: '已获额外授权的人员' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: employeeId }) });
  await expect.poll(() => row.textContent()).toContain(`${employeeId}${name}经理${inject('hrUser')}`);
  expect(await axeViolations(page), 'roles page zh-CN').toEqual([]);

  await row.getByRole('button', { name: `撤销 ${employeeId} 的全部角色` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect.poll(() => dialog.textContent()).toContain(`撤销${name}（工号 ${employeeId}）的全部额外角色（经理）？`);
  expect(await axeViolations(page), 'roles page with the confirmation open').toEqual([]);
  await dialog.getByRole('button', { name: '确认' }).click();
  await page.getByText(`已撤销 ${employeeId} 的全部额外角色。将在其下次登录时生效。`).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: '角色授权' }).waitFor();
  // The list has loaded: either empty, or a table without them.
  await page.getByText('目前没有额外授权：每个人的角色都来自公司账号。').or(table).waitFor();
  await expect.poll(() => page.getByRole('rowheader', { name: employeeId }).count()).toBe(0);

  await page.evaluate(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'en', theme: 'light', showNotes: false }, version: 1 })));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Role grants' }).waitFor();
  await page.getByLabel('Employee ID', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save grant' }).click();
  await page.getByText('Enter an employee ID.').waitFor();
  expect(await axeViolations(page), 'roles page en, with an error shown').toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** Opens HR's dashboard and signs in with the server's local (break-glass) account, an admin. */
export async function signInToHr(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/hr`);
  await page.getByLabel('用户名').fill(inject('hrUser'));
  await page.getByLabel('密码').fill(inject('hrPassword'));
  await page.getByRole('button', { name: '登录' }).click();
}

import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { contextFromSaved } from './chromium';

/** Opens HR's dashboard and signs in with the server's local (break-glass) account, an admin. */
export async function signInToHr(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/hr`);
  await page.getByLabel('用户名').fill(inject('hrUser'));
  await page.getByLabel('密码').fill(inject('hrPassword'));
  await page.getByRole('button', { name: '登录' }).click();
}

/**
 * A context already signed in to HR, for tests about what HR sees rather than how HR signs in:
 * the file signs in through the form once, and every context after starts with that session's
 * cookie. The page to open is the caller's.
 */
export const hrContext = (browser: Browser, baseURL: string, options: BrowserContextOptions = {}) =>
  contextFromSaved(
    browser,
    JSON.stringify(['hr', baseURL]),
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInToHr(page, baseURL);
      await page.getByRole('table', { name: /^(学员 × 模块学习进度|Trainee × module progress)$/ }).waitFor();
      return context;
    },
    options,
  );

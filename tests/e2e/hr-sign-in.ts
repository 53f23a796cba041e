import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

/** Opens HR's dashboard and signs in with the server's local (break-glass) account, an admin. */
export async function signInToHr(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/hr`);
  await page.getByLabel('用户名').fill(inject('hrUser'));
  await page.getByLabel('密码').fill(inject('hrPassword'));
  await page.getByRole('button', { name: '登录' }).click();
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** Per test file (Vitest gives each file its own modules): the HR session the file signed in once for. */
const signedIn = new Map<string, Promise<StorageState>>();

/**
 * A context already signed in to HR, for tests about what HR sees rather than how HR signs in:
 * the file signs in through the form once, in a context of its own, and every context after
 * starts with that session's cookie. The page to open is the caller's.
 */
export async function hrContext(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  let state = signedIn.get(baseURL);
  if (!state) {
    state = (async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInToHr(page, baseURL);
      await page.getByRole('table', { name: /^(学员 × 模块学习进度|Trainee × module progress)$/ }).waitFor();
      const saved = await context.storageState();
      await context.close();
      return saved;
    })();
    signedIn.set(baseURL, state);
    // A failed sign-in is not kept: the next test tries again and reports its own failure.
    state.catch(() => signedIn.delete(baseURL));
  }
  return browser.newContext({ ...options, storageState: await state });
}

import { afterAll, beforeAll } from 'vitest';
import { type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { launchChromium } from './launch-chromium';

export { assertChromium, CHROMIUM_PATH, launchChromium } from './launch-chromium';

/** One Chromium per test file, launched before its tests and closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}

export const E2E_TRAINEE = { name: '测试学员', employeeId: 'E2E-0001', department: '测试部' };

/**
 * A browser context for a trainee who has already given their details (the welcome page has
 * its own tests): the profile is put in localStorage before the first page runs, once.
 */
export async function traineeContext(browser: Browser, options: BrowserContextOptions = {}, profile = E2E_TRAINEE): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript((p) => {
    if (!localStorage.getItem('sta:profile')) localStorage.setItem('sta:profile', JSON.stringify({ state: { profile: p, registration: null }, version: 1 }));
  }, profile);
  return context;
}

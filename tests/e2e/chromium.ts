import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with a clear message when there is no Chromium, since `npx playwright install` cannot work here. */
export function assertChromium(path = CHROMIUM_PATH) {
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The end-to-end tests drive the system's Chromium: ` +
        'install it with `apt-get install -y chromium` (as root), or point CHROMIUM_PATH at one.',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

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

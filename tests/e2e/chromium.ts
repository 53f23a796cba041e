import { afterAll, beforeAll, expect } from 'vitest';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { launchChromium } from './launch-chromium';

export { assertChromium, CHROMIUM_PATH, launchChromium } from './launch-chromium';

/**
 * One Chromium per test file, launched before its tests and closed after them. Its contexts run
 * without the service worker unless a test asks for it (`serviceWorkers: 'allow'`): in every new
 * context the worker precaches the whole course, about 120 files, which took about a quarter of
 * the CPU of tests about something else. The tests of offline use, updates and the course journey
 * keep it.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const launched = await launchChromium();
    const newContext = launched.newContext.bind(launched);
    // Browser.newPage makes its context through newContext too.
    launched.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
    browser = launched;
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
    // Runs in the page; this file is also compiled for Node scripts, which have no DOM types.
    const storage = (globalThis as unknown as { localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } }).localStorage;
    if (!storage.getItem('sta:profile')) storage.setItem('sta:profile', JSON.stringify({ state: { profile: p, registration: null }, version: 1 }));
  }, profile);
  return context;
}

export interface SetUpAs {
  /** Given through the welcome form; none for a trainer, who needs no profile. */
  profile?: typeof E2E_TRAINEE;
  /** Chosen with the header's language buttons and theme menu. */
  locale?: 'zh-CN' | 'en';
  theme?: 'system' | 'light' | 'dark';
}

/**
 * A browser context set up the way a person sets it up, through the app's own pages (never by
 * writing its storage): the welcome form filled in, the language and theme chosen in the header.
 * The page used for it is closed; what it saved stays in the context.
 */
export async function contextSetUpAs(browser: Browser, baseURL: string, options: BrowserContextOptions = {}, setUp: SetUpAs = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseURL}/welcome`);
  if (setUp.profile) {
    await page.getByLabel(/^(姓名|Name)$/).fill(setUp.profile.name);
    await page.getByLabel(/^(工号|Employee ID)$/).fill(setUp.profile.employeeId);
    await page.getByLabel(/^(部门|Department)$/).fill(setUp.profile.department);
    await page.getByRole('button', { name: /^(保存并开始学习|Save and start learning)$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^(销售目标学院|Sales Target Academy)$/ }).waitFor();
  }
  // On a narrow window the language and theme are behind the header's menu.
  if (setUp.locale || setUp.theme) await openMenu(page);
  if (setUp.locale) {
    const button = page.getByRole('group', { name: /^(语言|Language)$/ }).getByRole('button', { name: setUp.locale === 'en' ? 'English' : '中文' });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
  }
  if (setUp.theme) {
    await openMenu(page);
    await page.getByLabel(/^(主题|Theme)$/).selectOption(setUp.theme);
  }
  await page.close();
  return context;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** Per test file (Vitest gives each file its own modules): what each set-up context saved, by key. */
const savedStates = new Map<string, Promise<StorageState>>();

/**
 * A new context starting from what `setUp`'s context saved (cookies, local storage): the set-up
 * runs once per file and key, in a context of its own that is then closed, so that tests needing
 * many contexts set up the same way load the app for it once. A failed set-up is not kept: the
 * next test tries again and reports its own failure.
 */
export async function contextFromSaved(browser: Browser, key: string, setUp: () => Promise<BrowserContext>, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  let saved = savedStates.get(key);
  if (!saved) {
    saved = setUp().then(async (context) => {
      try {
        return await context.storageState();
      } finally {
        await context.close();
      }
    });
    savedStates.set(key, saved);
    saved.catch(() => savedStates.delete(key));
  }
  return browser.newContext({ ...options, storageState: await saved });
}

/** A trainer's context (no profile) with the language and theme chosen through the header, as `contextSetUpAs` does, once per file and setup. */
export const trainerSetUpAs = (browser: Browser, baseURL: string, options: BrowserContextOptions = {}, setUp: Omit<SetUpAs, 'profile'> = {}) =>
  contextFromSaved(browser, JSON.stringify(['trainer', baseURL, setUp.locale, setUp.theme]), () => contextSetUpAs(browser, baseURL, {}, setUp), options);

/** On a phone the header's links and settings are behind "Menu"; opens it when it is there and closed. */
export async function openMenu(page: Page) {
  // The header is drawn once the app has started: the menu button or the settings themselves.
  await page.getByRole('button', { name: /^(菜单|Menu)$/ }).or(page.getByRole('group', { name: /^(语言|Language)$/ })).first().waitFor();
  const button = page.getByRole('button', { name: /^(菜单|Menu)$/ });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

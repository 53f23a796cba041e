import { expect, inject, test } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { sharedBrowser, traineeContext } from './chromium';
import { hrContext } from './hr-sign-in';
import { horizontalOverflow } from './layout';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

// WCAG 1.4.10: at 320 CSS px nothing makes the page scroll sideways. A table may keep its two
// dimensions, in a box of its own that scrolls (and takes keyboard focus to be scrolled).
const PHONE = { viewport: { width: 320, height: 640 } };

const inLanguage = (context: BrowserContext, locale: 'zh-CN' | 'en') =>
  context.addInitScript((l) => {
    if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'light', showNotes: false }, version: 1 }));
  }, locale);

async function expectReflows(page: Page, path: string, ready: (page: Page) => Locator) {
  await page.goto(`${baseURL}${path}`);
  await ready(page).first().waitFor();
  expect(await horizontalOverflow(page), path).toBe(0);
}

test('at 320 px in English the sandbox\'s funnel and the trainer\'s sheets scroll in their own boxes, not the page', async () => {
  const context = await traineeContext(browser(), PHONE);
  await inLanguage(context, 'en');
  const page = await context.newPage();
  await expectReflows(page, '/practice/sandbox', (p) => p.getByRole('region', { name: 'Funnel plan' }).getByRole('table'));
  await expectReflows(page, '/trainer/agenda', (p) => p.getByRole('region').getByRole('table'));
  await expectReflows(page, '/trainer/drill-rubric', (p) => p.getByRole('table'));
  // The boxes are reached and scrolled from the keyboard.
  await page.goto(`${baseURL}/trainer/agenda`);
  // Named for the table's caption ("The day, 09:00–19:03 (…)").
  const box = page.getByRole('region', { name: /^The day, / });
  await box.focus();
  const before = await box.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  await context.close();
});

test('at 320 px HR\'s role grants fit the screen, in both languages', async () => {
  for (const [locale, legend] of [
    ['zh-CN', '要授予的角色'],
    ['en', 'Roles to grant'],
  ] as const) {
    const context = await hrContext(browser(), baseURL, PHONE);
    await inLanguage(context, locale);
    const page = await context.newPage();
    await expectReflows(page, '/hr/roles', (p) => p.getByRole('group', { name: legend }));
    await context.close();
  }
});

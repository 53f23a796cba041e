import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const pages = [
  ['the home page', '/', 'h1'],
  ['a module page', '/modules/03-execution/sales-funnel', '.slide__title'],
  ['a slide with tiers, notes shown', '/modules/03-execution/customer-tiering', '.slide__title'],
  ['the case studies', '/modules/07-cases/case-d-target-too-high', '.slide__title'],
  ['the career ladder', '/modules/06-incentives/career-paths', '.slide__title'],
  ['the thresholds', '/modules/04-tracking/warning-thresholds', '.slide__title'],
  ['a module done page', '/modules/00-intro/done', 'h1'],
] as const;

describe.each(['zh-CN', 'en'] as const)('in %s', (locale) => {
  test.each(pages)('axe finds no violations on %s (light and dark)', async (_name, path, ready) => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await context.addInitScript(
      ([l, notes]) => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'light', showNotes: notes }, version: 1 })),
      [locale, path.includes('tiering')] as const,
    );
    const page = await context.newPage();
    await page.goto(`${baseURL}${path}`);
    await page.waitForSelector(ready);
    await page.waitForFunction(() => !document.querySelector('.loading'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect((await axeViolations(page)).join('\n')).toBe('');

    await page.getByLabel(locale === 'en' ? 'Theme' : '主题').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});

test('a phone-sized module page has no violations with the contents open', async () => {
  const context = await browser().newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${baseURL}/modules/01-foundations/smart-criteria`);
  await page.waitForSelector('.slide__title');
  await page.getByRole('button', { name: '显示目录' }).click();
  await page.getByRole('navigation', { name: '目录' }).waitFor();
  expect((await axeViolations(page)).join('\n')).toBe('');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

/** Turns from the first slide of module 01 to the second and samples the slide's transform for ten frames. */
async function transformsDuringTurn(page: Page) {
  await page.goto(`${baseURL}/modules/01-foundations/part-overview`);
  await page.waitForSelector('.slide__title');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#slide-what-is-a-sales-target');
  return page.evaluate(async () => {
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      seen.push(getComputedStyle(document.querySelector('.slide-frame')!).transform);
      await new Promise((r) => requestAnimationFrame(r));
    }
    return seen;
  });
}

test('with reduced motion, slides change without movement', async () => {
  const context = await browser().newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  expect((await transformsDuringTurn(page)).every((t) => t === 'none')).toBe(true);
  expect(await page.title()).toBe('什么是销售目标？ · 销售目标基础 · 销售目标学院');
  await context.close();
});

test('without reduced motion, the slide does move in (so the check above can fail)', async () => {
  const context = await browser().newContext({ reducedMotion: 'no-preference' });
  const page = await context.newPage();
  expect((await transformsDuringTurn(page)).some((t) => t !== 'none')).toBe(true);
  await context.close();
});

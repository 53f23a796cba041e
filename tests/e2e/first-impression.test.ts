import { describe, expect, inject, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { sharedBrowser } from './chromium';
import { horizontalOverflow, openMenu, truncatedText, unstyledFields } from './layout';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const layouts: [string, BrowserContextOptions][] = [
  ['desktop (1280 px)', { viewport: { width: 1280, height: 800 } }],
  ['phone (390 px)', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

const words = {
  'zh-CN': {
    welcome: '欢迎来到销售目标学院',
    stored: '会记录什么，为什么',
    name: '姓名',
    employeeId: '工号',
    department: '部门',
    save: '保存并开始学习',
    home: '销售目标学院',
    practice: '练习工具',
    start: '开始学习',
    quiz: '测验：销售目标基础',
    startQuiz: '开始测验',
    tools: [
      ['SMART 目标练习', '/practice/smart', 'SMART 目标练习'],
      ['异议处理角色扮演', '/practice/roleplay', '异议处理角色扮演'],
      ['目标分解沙盘', '/practice/sandbox', '目标分解沙盘'],
    ],
  },
  en: {
    welcome: 'Welcome to Sales Target Academy',
    stored: 'What is stored, and why',
    name: 'Name',
    employeeId: 'Employee ID',
    department: 'Department',
    save: 'Save and start learning',
    home: 'Sales Target Academy',
    practice: 'Practice tools',
    start: 'Start the course',
    quiz: 'Quiz: Sales target fundamentals',
    startQuiz: 'Start the quiz',
    tools: [
      ['SMART goal exercise', '/practice/smart', 'SMART goal practice'],
      ['Objection role-plays', '/practice/roleplay', 'Objection-handling role-plays'],
      ['Target decomposition sandbox', '/practice/sandbox', 'Target decomposition sandbox'],
    ],
  },
} as const;

/** The page fits the screen and every field in it is the app's, not the browser's. */
async function looksRight(page: Page, where: string) {
  await page.waitForFunction(() => !document.querySelector('.loading'));
  expect(await horizontalOverflow(page), `${where}: sideways scroll`).toBeLessThanOrEqual(0);
  expect(await unstyledFields(page), `${where}: unstyled fields`).toEqual([]);
  expect(await truncatedText(page), `${where}: header text cut short`).toEqual([]);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first().textContent();

describe.each(layouts)('a new trainee on a %s', (_layout, options) => {
  test.each(['zh-CN', 'en'] as const)('in %s: first start → home → module → quiz → each practice tool', async (locale) => {
    const w = words[locale];
    const context = await browser().newContext({ ...options, locale });
    await context.addInitScript((l) => {
      if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'dark', showNotes: false }, version: 1 }));
    }, locale);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // First start: records are on (the records server), so one styled step says what is kept and why.
    await page.goto(baseURL);
    await expect.poll(() => h1(page)).toBe(w.welcome);
    expect(await page.getByRole('heading', { level: 2, name: w.stored }).isVisible()).toBe(true);
    await looksRight(page, 'welcome');
    await page.getByLabel(w.name).fill(locale === 'en' ? 'Alexandra Taylor' : '欧阳晓明');
    await page.getByLabel(w.employeeId).fill(`FI-${locale}-${options.viewport!.width}`);
    await page.getByLabel(w.department).fill(locale === 'en' ? 'Key Accounts' : '华北销售部');
    await page.getByRole('button', { name: w.save }).click();

    // Home: the practice tools are there, each one tap away; it opens at its top.
    await expect.poll(() => h1(page)).toBe(w.home);
    await expect.poll(() => page.evaluate(() => scrollY), { message: 'home opens scrolled to its top' }).toBe(0);
    await looksRight(page, 'home');
    const practice = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: w.practice }) });
    for (const [card, path, title] of w.tools) {
      const link = practice.getByRole('link', { name: card, exact: true });
      expect(await link.isVisible(), `${card} visible on home`).toBe(true);
      await (options.hasTouch ? link.tap() : link.click());
      await expect.poll(() => new URL(page.url()).pathname).toBe(path);
      await expect.poll(() => h1(page)).toBe(title);
      await looksRight(page, path);
      await page.goBack();
      await expect.poll(() => h1(page)).toBe(w.home);
    }

    // The menu reaches them too, and the header stays one row.
    const header = await page.locator('.shell__header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(80);
    await openMenu(page);
    expect(await page.getByRole('navigation').getByRole('link').count()).toBeGreaterThanOrEqual(4);

    // A module, then its quiz.
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: w.start }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/modules\/00-intro\//);
    await looksRight(page, 'module');
    await page.goto(`${baseURL}/modules/01-foundations/quiz`);
    await expect.poll(() => h1(page)).toBe(w.quiz);
    await page.getByRole('button', { name: w.startQuiz }).click();
    await page.locator('.question, [role=region]').first().waitFor();
    await looksRight(page, 'quiz');

    // A role-play and the sandbox's funnel, where the widest fields are.
    await page.goto(`${baseURL}/practice/roleplay/price`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await looksRight(page, 'role-play');
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('no page scrolls sideways on a 360 px phone, in either language', async () => {
  const routes = ['/', '/modules/03-execution/sales-funnel', '/modules/03-execution/customer-tiering', '/modules/04-tracking/warning-thresholds', '/modules/06-incentives/career-paths', '/modules/07-cases/case-d-target-too-high', '/modules/00-intro/done', '/modules/01-foundations/quiz', '/final', '/practice/smart', '/practice/sandbox', '/practice/roleplay', '/practice/roleplay/price', '/certificate', '/verify', '/profile', '/hr', '/join'];
  for (const locale of ['zh-CN', 'en'] as const) {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript((l) => {
      localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'light', showNotes: false }, version: 1 }));
      localStorage.setItem('sta:profile', JSON.stringify({ state: { profile: { name: 'Phone 360', employeeId: 'P360', department: 'QA' }, registration: null }, version: 1 }));
    }, locale);
    const page = await context.newPage();
    for (const route of routes) {
      await page.goto(`${baseURL}${route}`);
      await page.locator('main h1, main h2, main form').first().waitFor();
      await looksRight(page, `${locale} ${route}`);
    }
    await context.close();
  }
});

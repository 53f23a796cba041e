import { expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { contextSetUpAs, E2E_TRAINEE, sharedBrowser, traineeContext } from './chromium';
import { holdRequests } from './hold-requests';
import { scenarios } from '../../src/content/scenarios';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
// No service worker: one set up with the language would serve the app's start from its cache, out of the page's reach.
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' } as const;

const pages = [
  // The companies to choose from (the largest text on a phone) are drawn with the heading too.
  { path: '/practice/smart', locale: 'zh-CN', heading: 'SMART 目标练习', lead: '选一家虚拟公司，写一个销售目标。', tool: { role: 'textbox', name: '你的目标' }, companies: true },
  { path: '/practice/sandbox', locale: 'zh-CN', heading: '目标分解沙盘', lead: '从一家虚拟公司或一张白纸开始', tool: { role: 'textbox', name: '年度目标（万元）' } },
  { path: '/practice/sandbox', locale: 'en', heading: 'Target decomposition sandbox', lead: 'Start from a virtual company', tool: { role: 'textbox', name: /Yearly target/ } },
] as const;

for (const p of pages) {
  test(`${p.path} in ${p.locale}: the heading and lead${'companies' in p ? ' (and the companies to choose from)' : ''} are on screen before the page's code has run, and the page takes over in place`, async () => {
    const context: BrowserContext = p.locale === 'zh-CN' ? await traineeContext(browser(), phone) : await contextSetUpAs(browser(), baseURL, phone, { locale: p.locale, profile: E2E_TRAINEE });
    const page = await context.newPage();
    // The app's start is held back: what shows meanwhile is index.html's plain first screen.
    const release = await holdRequests(page, /\/assets\/start-[^/]+\.js$/);
    await page.goto(`${baseURL}${p.path}`);
    await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
    await page.getByText(p.lead).waitFor();
    // One language only: the other's first screen is in the page too, hidden.
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([p.heading]);
    const companies = 'companies' in p ? scenarios : [];
    for (const s of companies) {
      await page.getByText(`${s.name[p.locale]} · ${s.industry[p.locale]}`).waitFor();
      await page.getByText(s.summary[p.locale]).waitFor();
    }
    expect(await page.locator('.site-menu__button').count()).toBe(0);

    release();
    await page.getByRole(p.tool.role, { name: p.tool.name }).first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([p.heading]);
    // The page draws the same companies, in the same order, now to choose from.
    if (companies.length) expect(await page.getByRole('radio').count()).toBe(companies.length);
    for (const s of companies) {
      await page.getByRole('radio', { name: `${s.name[p.locale]} · ${s.industry[p.locale]}` }).waitFor();
      await page.getByText(s.summary[p.locale]).waitFor();
    }
    await context.close();
  });
}

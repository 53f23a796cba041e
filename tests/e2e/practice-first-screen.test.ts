import { expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { contextSetUpAs, E2E_TRAINEE, sharedBrowser, traineeContext } from './chromium';
import { holdRequests } from './hold-requests';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
// No service worker: one set up with the language would serve the app's start from its cache, out of the page's reach.
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' } as const;

const pages = [
  { path: '/practice/smart', locale: 'zh-CN', heading: 'SMART 目标练习', lead: '选一家虚拟公司，写一个销售目标。', tool: { role: 'radio', name: /云启软件/ } },
  { path: '/practice/sandbox', locale: 'zh-CN', heading: '目标分解沙盘', lead: '从一家虚拟公司或一张白纸开始', tool: { role: 'textbox', name: '年度目标（万元）' } },
  { path: '/practice/sandbox', locale: 'en', heading: 'Target decomposition sandbox', lead: 'Start from a virtual company', tool: { role: 'textbox', name: /Yearly target/ } },
] as const;

for (const p of pages) {
  test(`${p.path} in ${p.locale}: the heading and lead are on screen before the page's code has run, and the page takes over in place`, async () => {
    const context: BrowserContext = p.locale === 'zh-CN' ? await traineeContext(browser(), phone) : await contextSetUpAs(browser(), baseURL, phone, { locale: p.locale, profile: E2E_TRAINEE });
    const page = await context.newPage();
    // The app's start is held back: what shows meanwhile is index.html's plain first screen.
    const release = await holdRequests(page, /\/assets\/start-[^/]+\.js$/);
    await page.goto(`${baseURL}${p.path}`);
    await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
    await page.getByText(p.lead).waitFor();
    expect(await page.locator('.site-menu__button').count()).toBe(0);

    release();
    await page.getByRole(p.tool.role, { name: p.tool.name }).first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([p.heading]);
    await context.close();
  });
}

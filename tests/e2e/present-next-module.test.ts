import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { contextSetUpAs, sharedBrowser } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const consoleTitle = (page: Page) => page.getByRole('region', { name: /^(当前页|Current slide)/ }).getByRole('region').first().getByRole('heading', { level: 2 }).textContent();
const screenTitle = (page: Page) => page.getByRole('region', { includeHidden: true }).first().getByRole('heading', { level: 2, includeHidden: true }).textContent();

test.each([
  ['zh-CN', '打开观众屏幕', '销售目标类型', /^讲下一个模块：销售目标制定/, '第二部分 销售目标制定'],
  ['en', 'Open audience screen', 'Types of sales target', /^Present the next module: Setting sales targets/, 'Part 2: Setting sales targets'],
] as const)('the projector goes on to the next module with the console, in the same window (%s)', async (locale, openScreen, last01, nextModule, first02) => {
  const context = await contextSetUpAs(browser(), baseURL, { viewport: { width: 1366, height: 768 }, bypassCSP: true }, { locale });
  const presenter = await context.newPage();
  await presenter.goto(`${baseURL}/present/01-foundations`);
  const [audience] = await Promise.all([context.waitForEvent('page'), presenter.getByRole('button', { name: openScreen }).click()]);
  await presenter.keyboard.press('End');
  await expect.poll(() => screenTitle(audience)).toBe(last01);

  // The last slide offers the next module; its console takes the projector window along.
  expect((await axeViolations(presenter)).join('\n')).toBe('');
  await presenter.getByRole('link', { name: nextModule }).click();
  await expect.poll(() => consoleTitle(presenter)).toBe(first02);
  await expect.poll(() => screenTitle(audience)).toBe(first02);
  expect(new URL(audience.url()).pathname).toBe('/present/02-setting/screen');
  expect(context.pages()).toHaveLength(2);

  // It follows the new module's console from there, keys on the console and on the screen alike.
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => consoleTitle(presenter)).not.toBe(first02);
  const second02 = await consoleTitle(presenter);
  await expect.poll(() => screenTitle(audience)).toBe(second02);
  await audience.keyboard.press('ArrowLeft');
  await expect.poll(() => consoleTitle(presenter)).toBe(first02);
  await expect.poll(() => screenTitle(audience)).toBe(first02);

  // Back to the last module the other way (its address in the same tab): the projector comes back too.
  await presenter.goto(`${baseURL}/present/01-foundations`);
  await expect.poll(() => screenTitle(audience)).toBe(last01);
  await context.close();
});

test('a console opened in a new tab after the first one was closed takes over its projector; while the first is open, a second tab never moves it', async () => {
  const context = await contextSetUpAs(browser(), baseURL, { viewport: { width: 1366, height: 768 }, bypassCSP: true }, { locale: 'zh-CN' });
  const first = await context.newPage();
  await first.goto(`${baseURL}/present/01-foundations?slide=why-targets-matter`);
  const [audience] = await Promise.all([context.waitForEvent('page'), first.getByRole('button', { name: '打开观众屏幕' }).click()]);
  await expect.poll(() => screenTitle(audience)).toBe('销售目标的重要性');

  // A second console tab while the first is open: the projector stays with the first.
  const second = await context.newPage();
  await second.goto(`${baseURL}/present/01-foundations?slide=target-types`);
  await expect.poll(() => consoleTitle(second)).toBe('销售目标类型');
  await first.bringToFront();
  await first.keyboard.press('ArrowRight');
  await expect.poll(() => screenTitle(audience)).toBe('有效销售目标的特征：SMART原则');

  // The first console's tab is closed by mistake: the console open now (and any opened later) drives the projector.
  await first.close();
  await second.bringToFront();
  await second.keyboard.press('ArrowLeft');
  await expect.poll(() => consoleTitle(second)).toBe('有效销售目标的特征：SMART原则');
  await second.keyboard.press('Home');
  await expect.poll(() => screenTitle(audience)).toBe('第一部分 销售目标基础');
  // Keys pressed on the projector reach the new console too.
  await audience.keyboard.press('ArrowRight');
  await expect.poll(() => consoleTitle(second)).toBe('什么是销售目标？');
  await expect.poll(() => screenTitle(audience)).toBe('什么是销售目标？');
  await context.close();
});

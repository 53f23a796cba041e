import { expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser } from './chromium';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

async function trainerContext(): Promise<BrowserContext> {
  const context = await browser().newContext({ viewport: { width: 1366, height: 800 }, bypassCSP: true });
  await context.addInitScript(() => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'zh-CN', theme: 'light', showNotes: false }, version: 1 })));
  return context;
}

const revealControls = (presenter: Page) => presenter.getByRole('group', { name: '本页待揭晓的内容' });

/** The console at `path` and the audience screen it opens. */
async function presentWithScreen(context: BrowserContext, path: string): Promise<{ presenter: Page; audience: Page }> {
  const presenter = await context.newPage();
  await presenter.goto(`${baseURL}${path}`);
  await revealControls(presenter).waitFor();
  const [audience] = await Promise.all([context.waitForEvent('page'), presenter.getByRole('button', { name: '打开观众屏幕' }).click()]);
  await audience.getByRole('heading', { level: 2 }).waitFor();
  return { presenter, audience };
}

const visibleText = (page: Page, text: string) => page.getByText(text, { exact: true }).isVisible();

test("case A's result stays hidden on the audience screen until the trainer reveals it from the console", async () => {
  const context = await trainerContext();
  const { presenter, audience } = await presentWithScreen(context, '/present/07-cases?slide=case-a-raised-quarterly-target');

  // The room sees who and the starting point, not what was done or how it ended.
  const hiddenCase = audience.getByRole('article', { name: 'A公司，企业软件供应商' });
  await hiddenCase.waitFor();
  expect(await hiddenCase.textContent()).toContain('2022年第三季度，A公司的销售目标比上季度提高了25%');
  expect(await hiddenCase.textContent()).not.toContain('超额完成');
  expect(await audience.getByRole('heading', { name: '核心成功因素' }).count()).toBe(0);
  // The trainer sees it all, marked as not yet shown.
  expect(await presenter.getByRole('region', { name: /^当前页/ }).getByText('尚未向学员展示').isVisible()).toBe(true);
  expect(await revealControls(presenter).getByRole('status').textContent()).toBe('已向学员展示：0 / 1');

  await revealControls(presenter).getByRole('button', { name: '揭晓下一项' }).click();
  const revealed = audience.getByRole('article', { name: 'A公司季度目标超额完成策略' });
  await revealed.waitFor();
  expect(await revealed.textContent()).toContain('目标提高25%，仍超额完成15%');
  expect(await audience.getByRole('heading', { name: '核心成功因素' }).isVisible()).toBe(true);
  expect(await revealControls(presenter).getByRole('button', { name: '揭晓下一项' }).isDisabled()).toBe(true);

  // A screen reloaded alone keeps what was revealed.
  await audience.reload();
  await audience.getByRole('article', { name: 'A公司季度目标超额完成策略' }).waitFor();
  await context.close();
});

test("module 08's figures appear on the audience screen one at a time as the trainer reveals them", async () => {
  const context = await trainerContext();
  const { presenter, audience } = await presentWithScreen(context, '/present/08-eq?slide=eq-overview');
  const figures = ['58%', '40%', '67%'];
  const shown = async () => (await Promise.all(figures.map((f) => visibleText(audience, f)))).filter(Boolean).length;

  await audience.getByText('数字待讲师揭晓').first().waitFor({ state: 'attached' });
  expect(await audience.getByText('数字待讲师揭晓').count()).toBe(3);
  expect(await shown()).toBe(0);

  await revealControls(presenter).getByRole('button', { name: '揭晓下一项' }).click();
  await audience.getByText('58%', { exact: true }).waitFor();
  expect(await shown()).toBe(1);
  expect(await audience.getByText('数字待讲师揭晓').count()).toBe(2);

  // A clicker's "next" reveals the next figure before it turns the slide.
  await presenter.keyboard.press('ArrowRight');
  await audience.getByText('40%', { exact: true }).waitFor();
  expect(await shown()).toBe(2);
  await presenter.keyboard.press('ArrowRight');
  await audience.getByText('67%', { exact: true }).waitFor();
  expect(await audience.getByText('数字待讲师揭晓').count()).toBe(0);
  expect(await revealControls(presenter).getByRole('status').textContent()).toBe('已向学员展示：3 / 3');

  await presenter.keyboard.press('ArrowRight');
  await audience.getByRole('heading', { level: 2, name: '情商与销售成功' }).waitFor();
  await context.close();
});

import { expect, inject, test } from 'vitest';
import { sharedBrowser, traineeContext } from './chromium';
import { axeViolations } from './axe';
import { horizontalOverflow } from './layout';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const ui = {
  en: {
    start: 'Start the conversation',
    mode: 'In your own words: the checker reads your reply and names its LSCPA step',
    box: 'Your reply, in your own words',
    send: 'Send reply',
    over: '1,001 / 1,000 characters: 1 over the limit.',
    goal: 'Your goal',
    save: 'Save to my goals',
    myGoals: 'My goals',
  },
  'zh-CN': {
    start: '开始对话',
    mode: '用自己的话回答：系统识别你的回答属于 LSCPA 的哪一步',
    box: '用自己的话写下你的回答',
    send: '发送回答',
    over: '1,001 / 1,000 字：超出 1 字。',
    goal: '你的目标',
    save: '保存到我的目标',
    myGoals: '我的目标',
  },
} as const;

const link = `https://example.com/${'a'.repeat(980)}`;

test.each(['zh-CN', 'en'] as const)('in %s on a phone, a long unbroken reply or goal wraps: the page never gets wider than the screen', async (locale) => {
  const u = ui[locale];
  const context = await traineeContext(browser(), { viewport: { width: 390, height: 844 }, bypassCSP: true });
  await context.addInitScript((l) => {
    if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'system', showNotes: false }, version: 1 }));
  }, locale);
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/roleplay/price`);
  await page.getByRole('radio', { name: u.mode }).check();
  await page.getByRole('button', { name: u.start }).click();
  const box = page.getByRole('textbox', { name: u.box });

  // One character over the limit: counted, refused, and kept.
  await box.fill(`${link}xx`.slice(0, 1001));
  await expect.poll(() => page.getByText(u.over).count()).toBe(1);
  await page.getByRole('button', { name: u.send }).click();
  await expect.poll(() => page.getByRole('alert').count()).toBe(1);
  expect(await box.inputValue()).toHaveLength(1001);
  expect((await axeViolations(page)).join('\n')).toBe('');

  // At the limit it is sent, and the conversation still fits the phone's width.
  await box.fill(link);
  await page.getByRole('button', { name: u.send }).click();
  const log = page.getByRole('log');
  await expect.poll(() => log.getByText(link, { exact: true }).count()).toBe(1);
  await expect.poll(() => log.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const lastLine = log.getByRole('listitem').last();
  const box2 = await lastLine.boundingBox();
  expect(box2!.x + box2!.width).toBeLessThanOrEqual(390);

  await page.goto(`${baseURL}/practice/smart`);
  const goal = page.getByRole('textbox', { name: u.goal });
  await goal.fill('甲'.repeat(1500) + 'x'.repeat(400));
  await page.getByRole('button', { name: u.save }).click();
  await expect.poll(() => page.getByRole('region', { name: u.myGoals }).getByRole('listitem').count()).toBe(1);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await context.close();
});

test('on a phone, a long mistyped verification code is named in the answer without widening the page', async () => {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  const page = await context.newPage();
  // Pasted twice, dashes left out (the form allows that): one word wider than the screen.
  const code = 'STAABCDEFGHJKMNPQRS'.repeat(2);
  await page.goto(`${baseURL}/verify/${code}`);
  await expect.poll(() => page.getByRole('alert').filter({ hasText: code }).count(), { timeout: 60_000 }).toBe(1);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();
});

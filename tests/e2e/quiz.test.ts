import { describe, expect, inject, test } from 'vitest';
import { sharedBrowser, traineeContext } from './chromium';
import { slideSeen } from './reading';
import { answer } from './quiz-oracle';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const slides01 = ['part-overview', 'what-is-a-sales-target', 'why-targets-matter', 'smart-criteria', 'target-types'];

test('a trainee fails module 01’s quiz, reviews, retries, passes, and sees it completed on the home page', async () => {
  const context = await traineeContext(browser(), { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const id of slides01) {
    await page.goto(`${baseURL}/modules/01-foundations/${id}`);
    await slideSeen(page, '01-foundations', id);
  }
  await page.getByRole('link', { name: /完成本模块/ }).click();
  await page.getByRole('link', { name: '参加本模块测验' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('测验：销售目标基础');

  // First attempt, one question at a time, wrong on purpose, checking each answer.
  await page.getByRole('button', { name: '开始测验' }).click();
  let checked = 0;
  for (let n = 1; n <= 8; n++) {
    const question = page.getByRole('region', { name: `第 ${n} 题，共 8 题` });
    await question.waitFor();
    const item = await answer(page, question, '01-foundations', false);
    const check = question.getByRole('button', { name: '核对答案' });
    if (await check.isEnabled()) {
      await check.click();
      await expect.poll(() => question.locator('.feedback__status').textContent()).toMatch(/回答错误|部分正确/);
      // The check button is gone: focus is on the verdict, not left on the page's body.
      await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toBe('feedback__status');
      // A choice question marks its right option in place.
      if (await question.getByRole('radio').count() + (await question.getByRole('checkbox').count()) > 0) expect(await question.getByText('✓ 正确答案').count()).toBeGreaterThan(0);
      expect(await question.locator('.feedback__explanation').textContent()).toContain(item.explanation['zh-CN']);
      checked++;
    }
    if (n < 8) await page.getByRole('button', { name: '下一题 →' }).click();
  }
  // Only an unanswered item (a matching one left blank on purpose) cannot be checked.
  expect(checked).toBeGreaterThanOrEqual(6);
  await page.getByRole('button', { name: '提交测验' }).click();
  const confirm = page.getByRole('alertdialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: '仍然提交' }).click();

  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('测验结果：销售目标基础');
  expect(await page.locator('.result__verdict strong').textContent()).toBe('未通过');
  const review = page.getByRole('region', { name: '建议复习' });
  expect(await review.getByRole('link').count()).toBeGreaterThan(0);

  // Retry with a new draw, all on one page, every answer right (ordering by keyboard).
  await page.getByRole('link', { name: '重新测验（新题目）' }).click();
  await page.getByRole('radio', { name: '全部题目在一页' }).check();
  await page.getByRole('button', { name: '开始测验' }).click();
  for (let n = 1; n <= 8; n++) await answer(page, page.getByRole('region', { name: `第 ${n} 题，共 8 题` }), '01-foundations', true);
  await page.getByRole('button', { name: '提交测验' }).click();
  await expect.poll(() => page.locator('.result__verdict strong').textContent()).toBe('已通过');
  expect(await page.locator('.result__score').textContent()).toBe('100%');
  expect(await page.getByText('所有题目都答对了，无需复习。').count()).toBe(1);

  await page.goto(baseURL);
  await page.reload();
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: '销售目标基础', exact: true }) });
  await expect.poll(() => card.locator('.status').textContent()).toBe('已完成');
  expect(await card.getByText('测验最高分 100% · 测验已通过').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('an attempt under way survives a reload', async () => {
  const context = await traineeContext(browser());
  const page = await context.newPage();
  await page.goto(`${baseURL}/modules/03-execution/quiz`);
  await page.getByRole('button', { name: '开始测验' }).click();
  const first = page.getByRole('region', { name: '第 1 题，共 8 题' });
  const prompt = await first.locator('.question__prompt').innerText();
  await answer(page, first, '03-execution', true);
  const given = await page.evaluate(() => JSON.parse(localStorage.getItem('sta:quiz')!).state.active['03-execution'].answers);
  await page.reload();
  const again = page.getByRole('region', { name: '第 1 题，共 8 题' });
  expect(await again.locator('.question__prompt').innerText()).toBe(prompt);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('sta:quiz')!).state.active['03-execution'].answers);
  expect(after).toEqual(given);
  await context.close();
});

describe.each(['zh-CN', 'en'] as const)('in %s', (locale) => {
  test('axe finds no violations on the quiz intro, a question page and the result page', async () => {
    const context = await traineeContext(browser(), { bypassCSP: true });
    await context.addInitScript((l) => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'light', showNotes: false }, version: 1 })), locale);
    const page = await context.newPage();
    await page.goto(`${baseURL}/modules/03-execution/quiz`);
    const start = page.getByRole('button', { name: locale === 'en' ? 'Start the quiz' : '开始测验' });
    await start.waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.getByRole('radio', { name: locale === 'en' ? 'All questions on one page' : '全部题目在一页' }).check();
    await start.click();
    await page.locator('.question').first().waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');
    await page.getByRole('button', { name: locale === 'en' ? 'Submit the quiz' : '提交测验' }).click();
    await page.getByRole('button', { name: locale === 'en' ? 'Submit anyway' : '仍然提交' }).click();
    await page.locator('.result__score').waitFor();
    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});

import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, traineeContext } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

const flows = {
  en: {
    module: '/modules/01-foundations/smart-criteria',
    link: 'SMART goal practice',
    goal: 'Your goal',
    vague: 'increase sales',
    smart: 'By the end of 2027, reach RMB 20 million in cloud collaboration suite revenue in East China',
    criteria: ['Specific', 'Measurable', 'Achievable', 'Relevant', 'Time-bound'],
    met: 'Met',
    notMet: 'Not met',
    check: 'SMART check',
    allMet: 'All five criteria met.',
    save: 'Save to my goals',
    myGoals: 'My goals',
  },
  'zh-CN': {
    module: '/modules/09-practice/goal-setting-drill',
    link: 'SMART 目标练习',
    goal: '你的目标',
    vague: '提高业绩',
    smart: '2027年底前，华东云协同套件的销售额达到2,000万元',
    criteria: ['明确具体', '可衡量', '可实现', '相关性', '时限性'],
    met: '满足',
    notMet: '未满足',
    check: 'SMART 检查',
    allMet: '五项全部满足。',
    save: '保存到我的目标',
    myGoals: '我的目标',
  },
} as const;

async function verdict(page: Page, list: string, criterion: string) {
  return page.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: criterion }).locator('.criterion__verdict').textContent();
}

describe.each(['en', 'zh-CN'] as const)('in %s', (locale) => {
  const f = flows[locale];

  test('a trainee turns a vague goal into a SMART one, saves it, and finds it after a reload', async () => {
    const context = await traineeContext(browser(), { bypassCSP: true });
    await context.addInitScript((l) => {
      if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'system', showNotes: false }, version: 1 }));
    }, locale);
    const page = await context.newPage();
    await page.goto(`${baseURL}${f.module}`);
    await page.getByRole('link', { name: f.link }).first().click();
    const goal = page.getByRole('textbox', { name: f.goal });

    await goal.fill(f.vague);
    for (const c of [f.criteria[0], f.criteria[1], f.criteria[4]]) await expect.poll(() => verdict(page, f.check, c)).toBe(f.notMet);

    await goal.fill(f.smart);
    await expect.poll(() => page.getByText(f.allMet).count()).toBe(1);
    for (const c of f.criteria) expect(await verdict(page, f.check, c)).toBe(f.met);
    expect((await axeViolations(page)).join('\n')).toBe('');

    await page.getByRole('button', { name: f.save }).click();
    await page.reload();
    const saved = page.getByRole('region', { name: f.myGoals });
    await expect.poll(() => saved.getByText(f.smart, { exact: true }).count()).toBe(1);
    await context.close();
  });
});

test('a trainee’s goal with its own starting figure is judged from that figure, and the page shows its working', async () => {
  const context = await traineeContext(browser(), { bypassCSP: true });
  await context.addInitScript(() => {
    if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: 'zh-CN', theme: 'system', showNotes: false }, version: 1 }));
  });
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/smart`);
  await page.getByRole('radio', { name: /华康医疗器械/ }).check();
  await page.getByRole('textbox', { name: '你的目标' }).fill('2027年第二季度末前，把华东区医疗器械新客户签约额从300万提高到360万');

  await expect.poll(() => verdict(page, 'SMART 检查', '可实现')).toBe('满足');
  const working = page.getByRole('region', { name: '可实现性怎样判断' });
  await expect.poll(() => working.getByText('+20%', { exact: true }).count()).toBe(1);
  expect(await working.getByText('300万元（来自你的目标）', { exact: true }).count()).toBe(1);
  expect(await page.getByText(/你写的起点 300万元 与公司的数据 .+ 相差较大/).count()).toBe(1);
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();
});

test.each([
  ['en', 'Yunqi Software', 'Your goal', 'Increase product A sales revenue by 20% by June 30, 2027, by visiting 5 tier A customers a week.', 'June 30, 2027', 'How Achievable was judged', 'RMB 48 million (the company’s figure for the same period last year)'],
  ['zh-CN', '云启软件', '你的目标', '2027年6月30日前，A产品销售收入增长20%，每周拜访5家A类客户。', '2027年6月30日前', '可实现性怎样判断', '4,800万元（公司去年同期数据）'],
] as const)('in %s, how often the trainee visits customers is not the goal’s period', async (locale, company, label, text, deadline, workingName, baseline) => {
  const context = await traineeContext(browser(), { bypassCSP: true });
  await context.addInitScript((l) => {
    if (!localStorage.getItem('sta:settings')) localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'system', showNotes: false }, version: 1 }));
  }, locale);
  const page = await context.newPage();
  await page.goto(`${baseURL}/practice/smart`);
  await page.getByRole('radio', { name: new RegExp(company) }).check();
  await page.getByRole('textbox', { name: label }).fill(text);
  const working = page.getByRole('region', { name: workingName });
  await expect.poll(() => working.getByText(baseline, { exact: true }).count()).toBe(1);
  // The deadline alone, without the visits' "a week" / 每周.
  expect(await page.getByRole('definition').filter({ hasText: new RegExp(`^${deadline}$`) }).count()).toBe(1);
  expect(await page.getByRole('definition').filter({ hasText: /a week|每周/ }).count()).toBe(0);
  expect((await axeViolations(page)).join('\n')).toBe('');
  await context.close();
});

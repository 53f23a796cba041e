import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { sharedBrowser } from './chromium';
import { axeViolations } from './axe';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

async function trainerContext(locale: 'zh-CN' | 'en'): Promise<BrowserContext> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await context.addInitScript((l) => localStorage.setItem('sta:settings', JSON.stringify({ state: { locale: l, theme: 'light', showNotes: false }, version: 1 })), locale);
  return context;
}

/** The row headers of a table, in order: the agenda's blocks. */
const blocks = (page: Page, caption: string | RegExp) => page.getByRole('table', { name: caption }).getByRole('rowheader').allTextContents();
/** A total's value, found by its term in the totals list. */
const total = (page: Page, sheet: string, term: string) =>
  page.getByRole('region', { name: sheet }).locator('dt', { hasText: term }).locator('xpath=following-sibling::dd').textContent();

// The slides' planned minutes add up to 363 in all (tests/content/slide-minutes.test.ts keeps them honest).
const agenda = {
  'zh-CN': {
    title: '培训日程',
    oneDay: '一天完成',
    twoHalfDays: '分两个半天完成',
    day: '全天 09:00–19:03（10小时3分钟）',
    half1: '第1个半天 09:00–12:52（3小时52分钟）',
    half2: '第2个半天 09:00–14:11（5小时11分钟）',
    morning: ['课程介绍', '销售目标基础', '练习：SMART目标（学员在自己的设备上完成）', '销售目标制定', '茶歇', '练习：目标分解沙盘（按虚拟公司分组）', '销售目标执行', '茶歇', '销售目标跟踪', '实时测验：第1、2、3和4部分', '午餐'],
    roleplay: '练习：异议处理角色扮演（六个情境，两人一组）',
    quiz2: '实时测验：第5、6、7、8和9部分',
    terms: { teaching: '授课', practice: '练习与测验', breaks: '茶歇与午餐', total: '总计' },
    oneDayTotals: ['6小时3分钟', '1小时45分钟', '2小时15分钟', '10小时3分钟'],
  },
  en: {
    title: 'Training agenda',
    oneDay: 'In one day',
    twoHalfDays: 'In two half days',
    day: 'The day, 09:00–19:03 (10 hours 3 minutes)',
    half1: 'Half day 1, 09:00–12:52 (3 hours 52 minutes)',
    half2: 'Half day 2, 09:00–14:11 (5 hours 11 minutes)',
    morning: [
      'Course introduction', 'Sales target fundamentals', 'Practice: SMART targets (trainees on their own devices)', 'Setting sales targets', 'Break',
      'Practice: target decomposition sandbox (groups, one virtual company each)', 'Executing sales targets', 'Break', 'Tracking sales targets',
      'Live quiz on parts 1, 2, 3, and 4', 'Lunch',
    ],
    roleplay: 'Practice: objection-handling role-plays (six scenarios, in pairs)',
    quiz2: 'Live quiz on parts 5, 6, 7, 8, and 9',
    terms: { teaching: 'Teaching', practice: 'Practice and quizzes', breaks: 'Breaks and lunch', total: 'Total' },
    oneDayTotals: ['6 hours 3 minutes', '1 hour 45 minutes', '2 hours 15 minutes', '10 hours 3 minutes'],
  },
} as const;

describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
  const want = agenda[locale];

  test('the printable agenda lays out the one-day and the two-half-day delivery from the planned minutes', async () => {
    const context = await trainerContext(locale);
    const page = await context.newPage();
    await page.goto(`${baseURL}/present/01-foundations`);
    await page.getByRole('link', { name: locale === 'en' ? 'Training agenda' : '培训日程' }).click();
    await page.getByRole('heading', { level: 1, name: want.title }).waitFor();
    expect(await page.getByRole('region', { name: want.oneDay }).isVisible()).toBe(true);

    const morning = await blocks(page, want.day);
    expect(morning.slice(0, want.morning.length)).toEqual(want.morning);
    expect(morning).toContain(want.roleplay);
    expect(morning.at(-1)).toBe(want.quiz2);
    const { terms } = want;
    expect(await Promise.all([terms.teaching, terms.practice, terms.breaks, terms.total].map((term) => total(page, want.oneDay, term)))).toEqual(want.oneDayTotals);

    const half1 = await blocks(page, want.half1);
    const half2 = await blocks(page, want.half2);
    expect(half1).toEqual(want.morning.slice(0, -1));
    expect(half2[0]).toBe(locale === 'en' ? 'Challenges to reaching sales targets' : '销售目标达成挑战');
    expect(half2.at(-1)).toBe(want.quiz2);
    expect([...half1, ...half2]).not.toContain(want.morning.at(-1));
    expect(await total(page, want.twoHalfDays, terms.teaching)).toBe(want.oneDayTotals[0]);

    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});

const rubric = {
  'zh-CN': {
    title: '目标设定演练：材料、参考答案与评分表',
    timing: '时间安排（共60分钟）',
    steps: ['练习一：用SMART原则制定销售目标 · 15分钟', '练习二：目标分解小组讨论 · 15分钟', '练习三：编制行动计划 · 15分钟', '各组展示与讲师点评 · 15分钟'],
    materials: '材料清单',
    model: '参考答案',
    sums: { quarter: '季度', productLine: '产品线', person: '人员', total: '合计', amount: '2,400万元' },
    rubric: '评分表',
    exercises: ['练习一：用SMART原则制定销售目标', '练习二：目标分解小组讨论', '练习三：编制行动计划'],
    items: [5, 4, 4],
    max: '本组总分：____ / 26',
  },
  en: {
    title: 'Target-setting drill: materials, model answer and scoring rubric',
    timing: 'Timing (60 minutes in all)',
    steps: [
      'Exercise 1: set a sales target with the SMART principle · 15 minutes',
      'Exercise 2: group discussion on target decomposition · 15 minutes',
      'Exercise 3: write an action plan · 15 minutes',
      'Group presentations and trainer feedback · 15 minutes',
    ],
    materials: 'Materials',
    model: 'Model answer',
    sums: { quarter: 'Quarter', productLine: 'Product line', person: 'Person', total: 'Total', amount: 'RMB 24 million' },
    rubric: 'Scoring rubric',
    exercises: ['Exercise 1: set a sales target with the SMART principle', 'Exercise 2: group discussion on target decomposition', 'Exercise 3: write an action plan'],
    items: [5, 4, 4],
    max: 'Group total: ____ / 26',
  },
} as const;

describe.each(['zh-CN', 'en'] as const)('%s', (locale) => {
  const want = rubric[locale];

  test("the drill's printable sheet has its timing from the slide, the materials, a model answer that adds up and the rubric", async () => {
    const context = await trainerContext(locale);
    const page = await context.newPage();
    await page.goto(`${baseURL}/present/09-practice?slide=goal-setting-drill`);
    await page.getByRole('link', { name: locale === 'en' ? 'Drill rubric' : '演练评分表' }).click();
    await page.getByRole('heading', { level: 1, name: want.title }).waitFor();

    await page.getByRole('heading', { level: 2, name: want.timing }).waitFor();
    const timing = page.getByRole('region', { name: want.timing });
    expect((await timing.getByRole('listitem').allTextContents()).slice(0, 4)).toEqual(want.steps);
    expect(await page.getByRole('list', { name: want.materials }).getByRole('listitem').count()).toBe(5);

    const model = page.getByRole('region', { name: want.model });
    for (const caption of [want.sums.quarter, want.sums.productLine, want.sums.person]) {
      const sumRow = model.getByRole('table', { name: caption }).getByRole('row', { name: new RegExp(`^${want.sums.total}`) });
      expect(await sumRow.getByRole('cell').textContent()).toBe(want.sums.amount);
    }

    const sheet = page.getByRole('region', { name: want.rubric });
    for (const [i, exercise] of want.exercises.entries())
      expect(await sheet.getByRole('table', { name: exercise }).getByRole('rowheader').count()).toBe(want.items[i]);
    expect(await sheet.getByText(want.max).isVisible()).toBe(true);

    expect((await axeViolations(page)).join('\n')).toBe('');
    await context.close();
  });
});

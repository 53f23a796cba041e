import { expect, test } from 'vitest';
import { analyzeGoal } from './analyze';
import { deadlineEnd, deadlinePassed } from './deadline-end';

test.each([
  ['2024年底前', '2024-12-31'],
  ['2024年', '2024-12-31'],
  ['2023年第三季度', '2023-09-30'],
  ['2025年上半年', '2025-06-30'],
  ['2027年6月30日前', '2027-06-30'],
  ['2024年2月底', '2024-02-29'],
  ['2023 Q1', '2023-03-31'],
  ['by the end of 2023', '2023-12-31'],
  ['Q3 2023', '2023-09-30'],
  ["Q2 '24", '2024-06-30'],
  ['FY23', '2023-12-31'],
  ['the second quarter of 2025', '2025-06-30'],
  ['H1 2024', '2024-06-30'],
  ['30 June 2023', '2023-06-30'],
  ['June 30, 2023', '2023-06-30'],
  ['June 2023', '2023-06-30'],
  ['2023-11-15', '2023-11-15'],
  ['6/30/2023', '2023-06-30'],
])('%s ends on %s', (phrase, end) => {
  expect(deadlineEnd(phrase)).toBe(end);
});

test.each(['本季度', '第三季度', '年底前', 'by the end of the quarter', 'within 90 days', 'by June', '6月底'])('%s names no year, so it has no end here', (phrase) => {
  expect(deadlineEnd(phrase)).toBeUndefined();
});

test('a deadline has passed only when every dated phrase ends before today', () => {
  expect(deadlinePassed(['2024年底前'], '2026-03-01')).toBe(true);
  expect(deadlinePassed(['2026年底前'], '2026-12-31')).toBe(false);
  expect(deadlinePassed(['2026年底前'], '2027-01-01')).toBe(true);
  // A starting point in the past beside a deadline ahead is not a deadline in the past.
  expect(deadlinePassed(['in 2025', 'by the end of 2027'], '2026-06-01')).toBe(false);
  expect(deadlinePassed(['本季度'], '2026-06-01')).toBe(false);
});

const met = (text: string, locale: 'zh-CN' | 'en', today?: string) => analyzeGoal({ text, locale, ...(today ? { today } : {}) });

test('Time-bound is not met when the deadline has passed, with the deadline and this year to suggest', () => {
  const zh = met('2024年底前华东区企业客户销售额增长15%', 'zh-CN', '2026-12-05');
  expect(zh.timeBound).toBe('not_met');
  expect(zh.feedback.find((f) => f.criterion === 'timeBound')).toEqual({ criterion: 'timeBound', key: 'smart.feedback.timeBound.past', values: { deadline: ['2024年底'], year: 2026 } });
  const en = met('Grow East China enterprise revenue by 15% by the end of 2023', 'en', '2026-12-05');
  expect(en.timeBound).toBe('not_met');
  expect(en.feedback.find((f) => f.criterion === 'timeBound')?.key).toBe('smart.feedback.timeBound.past');
  // The deadline itself is still read, so the page can show what was read.
  expect(en.parsed.deadline).toBe('by the end of 2023');
});

test('a deadline still ahead, or a goal checked without a date, keeps Time-bound met', () => {
  expect(met('2027年底前华东区企业客户销售额增长15%', 'zh-CN', '2026-12-05').timeBound).toBe('met');
  expect(met('2026年底前华东区企业客户销售额增长15%', 'zh-CN', '2026-12-05').timeBound).toBe('met');
  expect(met('Grow revenue by 15% by the end of 2023', 'en').timeBound).toBe('met');
});

test('a deadline the goal repeats is named once, in the facts and in the feedback', () => {
  const zh = analyzeGoal({ text: '2027年底前华东地区云服务销售额达到3000万元，2027年底前企业级客户新增20家，2027年底前续约率达到88%', locale: 'zh-CN' });
  expect(zh.parsed.deadline).toBe('2027年底');
  expect(zh.feedback.find((f) => f.criterion === 'timeBound')?.values).toEqual({ deadline: ['2027年底'] });
  const en = analyzeGoal({ text: 'By the end of 2027, grow revenue to RMB 30 million; by the end of 2027, sign 20 new accounts; and Q3 2027 renewals at 88%', locale: 'en' });
  expect(en.parsed.deadline?.split(' · ')).toHaveLength(2);
});

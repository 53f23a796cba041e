import { expect, test } from 'vitest';
import { analyzeGoal } from './analyze';
import { analyzeGoalInScenario } from './scenario';
import { cloud } from './test-scenarios';

const keys = (a: { feedback: { key: string }[] }) => a.feedback.map((f) => f.key.replace('smart.feedback.', ''));

// How often an action happens (visits a week) is not the goal's period: the goal runs up to its deadline.
test.each([
  ['Increase product A sales revenue by 20% by June 30, 2027, by visiting 5 tier A customers a week.', 'June 30, 2027'],
  ['2027年6月30日前，A产品销售收入增长20%，每周拜访5家A类客户。', '2027年6月30日前'],
])('a visit frequency sets neither the deadline nor the period: %s', (text, deadline) => {
  const a = analyzeGoalInScenario(text, 'en', cloud);
  expect(a.parsed.deadline).toBe(deadline);
  expect(a.parsed.period).toBeUndefined();
  expect(a.parsed).toMatchObject({ metric: 'revenue', growth: 0.2 });
  // The visits are how, not what: 5 is not the target.
  expect(a.parsed.target).toBeUndefined();
  // Last year's RMB 48 million for the whole period, not ÷ 52.
  expect(a.working).toMatchObject({ baseline: 48_000_000, source: 'company', change: 0.2 });
  expect(a.timeBound).toBe('met');
  expect(a.measurable).toBe('met');
  expect(a.achievable).toBe('met');
  expect(a.feedback.find((f) => f.criterion === 'timeBound')?.values?.deadline).toEqual([deadline]);
});

test.each([
  ['2027年A产品每月销售额达到500万元', 'month', 4_000_000],
  ['Reach RMB 5 million in monthly revenue for product A in 2027', 'month', 4_000_000],
  ['Reach RMB 1 million in product A revenue per week in 2027', 'week', 48_000_000 / 52],
  ['Reach RMB 1 million in product A revenue a week in 2027 through weekly visits to key accounts', 'week', 48_000_000 / 52],
  ['2027年每周拜访5家客户，A产品每周销售额达到100万元', 'week', 48_000_000 / 52],
] as const)('the period of the result still counts: %s', (text, period, baseline) => {
  const a = analyzeGoalInScenario(text, 'zh-CN', cloud);
  expect(a.parsed.period).toBe(period);
  expect(a.working?.baseline).toBeCloseTo(baseline, 2);
});

test.each([
  ['Grow product A revenue by 20% in 2027 with weekly customer visits', 'in 2027'],
  ['Grow product A revenue by 20% in 2027 by making 30 calls every week', 'in 2027'],
  ['2027年A产品销售额增长20%，客户拜访每周不少于5次', '2027年'],
  ['2027年A产品销售额增长20%，每月至少召开2次客户会议', '2027年'],
])('other action frequencies are not the period either: %s', (text, deadline) => {
  const a = analyzeGoalInScenario(text, 'en', cloud);
  expect(a.parsed.deadline).toBe(deadline);
  expect(a.parsed.period).toBe('year');
  expect(a.working?.baseline).toBe(48_000_000);
});

test('a goal that is only an activity keeps its frequency as its time limit', () => {
  const a = analyzeGoal({ text: '每周拜访5家A类客户', locale: 'zh-CN' });
  expect(a.parsed.deadline).toBe('每周');
  expect(a.timeBound).toBe('met');
  expect(a.parsed.target).toBe(5);
});

test('a count of visits is not read as the target of a customer goal', () => {
  const a = analyzeGoalInScenario('2027年新增企业级客户增长20%，每周拜访5家A类客户', 'zh-CN', cloud);
  expect(a.parsed).toMatchObject({ metric: 'newCustomers', growth: 0.2 });
  expect(a.parsed.target).toBeUndefined();
  expect(a.measurable).toBe('met');
});

// An explicit amount beside the growth is the target; when the two disagree against the baseline, the checker says so.
test.each([
  ['Increase product A sales revenue by 20% to RMB 1.2 million by June 30, 2027, by visiting 5 tier A customers a week.', 'June 30, 2027'],
  ['2027年6月30日前，A产品销售收入增长20%，达到120万元，每周拜访5家A类客户。', '2027年6月30日前'],
])('a target amount that contradicts the growth is read, and flagged: %s', (text, deadline) => {
  const a = analyzeGoalInScenario(text, 'en', cloud);
  expect(a.parsed).toMatchObject({ target: 1_200_000, unit: 'currency', growth: 0.2, deadline });
  expect(a.measurable).toBe('not_met');
  expect(a.achievable).toBe('unknown');
  expect(keys(a)).toContain('measurable.targetConflict');
  expect(keys(a)).toContain('achievable.targetConflict');
  expect(keys(a)).not.toContain('measurable.met');
  expect(keys(a)).not.toContain('achievable.met');
  // 20% on last year's RMB 48 million would be RMB 57.6 million, not RMB 1.2 million.
  const conflict = a.feedback.find((f) => f.key === 'smart.feedback.measurable.targetConflict')!.values!;
  expect(conflict).toMatchObject({ target: 1_200_000, baseline: 48_000_000, growth: 0.2, unit: 'currency' });
  expect(conflict.expected).toBeCloseTo(57_600_000, 0);
  expect(a.working?.baseline).toBe(48_000_000);
});

test.each([
  ['Increase product A sales revenue by 20% to RMB 58 million by the end of 2027', 58_000_000],
  ['2027年底前，A产品销售收入增长20%，达到5,800万元', 58_000_000],
  ['2027年底前，A产品销售收入从100万元增长20%，达到120万元', 1_200_000],
])('a target amount that agrees with the growth is read and judged: %s', (text, target) => {
  const a = analyzeGoalInScenario(text, 'en', cloud);
  expect(a.parsed).toMatchObject({ target, unit: 'currency', growth: 0.2 });
  expect(a.measurable).toBe('met');
  expect(a.achievable).toBe('met');
  expect(keys(a)).not.toContain('measurable.targetConflict');
});

test('a level beside a change in points is checked the same way', () => {
  const ok = analyzeGoal({ text: '2027年A产品市场份额提升2个百分点，达到10%', locale: 'zh-CN', context: { baseline: 0.08 } });
  expect(ok.parsed.target).toBe(0.1);
  expect(ok.measurable).toBe('met');
  const off = analyzeGoal({ text: '2027年A产品市场份额提升2个百分点，达到20%', locale: 'zh-CN', context: { baseline: 0.08 } });
  expect(off.measurable).toBe('not_met');
  expect(off.feedback.find((f) => f.key === 'smart.feedback.measurable.targetConflict')?.values).toMatchObject({ points: 0.02, target: 0.2, unit: 'percent' });
});

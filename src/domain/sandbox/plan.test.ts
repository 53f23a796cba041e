import { expect, test } from 'vitest';
import { decompose, personWeight, releasedLocks, trackPlan, withAnnualTarget, type SandboxPlan } from './plan';

const seg = (id: string, weight: number, locked: number | null = null) => ({ id, name: { 'zh-CN': id, en: id }, weight, locked });

const plan: SandboxPlan = {
  annualTarget: 12_000_000,
  months: [6, 6, 8, 8, 8, 9, 9, 9, 8, 9, 10, 10].map((w) => ({ weight: w, locked: null })),
  regions: [seg('east', 5), seg('south', 3), seg('north', 2)],
  products: [seg('suite', 7), seg('sme', 3)],
  people: [
    { id: 'li', name: { 'zh-CN': '李', en: 'Li' }, years: 6, rampUp: 1, locked: null },
    { id: 'wang', name: { 'zh-CN': '王', en: 'Wang' }, years: 2, rampUp: 1, locked: null },
    { id: 'new', name: { 'zh-CN': '新人', en: 'New' }, years: 0, rampUp: 0.5, locked: null },
  ],
  tiers: [seg('A', 65), seg('B', 25), seg('C', 10)],
  funnel: { averageDealSize: 100_000, stageRates: [1, 0.7, 0.4, 0.2, 0.08] },
  actuals: Array(12).fill(null),
  tracking: { pipelineCoverage: null, newOpportunitiesRatio: null, activityCompletion: null },
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

test('every view sums exactly to the yearly target, in whole 万元', () => {
  const d = decompose(plan);
  for (const view of [d.months, d.quarters, d.regions, d.products, d.people, d.tiers]) {
    if (!('values' in view)) throw new Error('expected values');
    expect(sum(view.values)).toBe(12_000_000);
    for (const v of view.values) expect(v % 10_000).toBe(0);
  }
  expect('values' in d.quarters && d.quarters.values).toEqual([2_400_000, 3_000_000, 3_120_000, 3_480_000]);
});

test('a locked region keeps its value; the others share the rest by weight', () => {
  const locked = { ...plan, regions: [seg('east', 5), seg('south', 3, 5_000_000), seg('north', 2)] };
  const d = decompose(locked);
  expect('values' in d.regions && d.regions.values).toEqual([5_000_000, 5_000_000, 2_000_000]);
});

test('an impossible lock reports why instead of throwing', () => {
  const d = decompose({ ...plan, regions: [seg('east', 5, 13_000_000), seg('south', 3)] });
  expect(d.regions).toEqual({ error: 'LOCKED_EXCEEDS_TOTAL' });
});

test('people share by experience and ramp-up', () => {
  expect(personWeight({ years: 6, rampUp: 1 })).toBe(1.5);
  expect(personWeight({ years: 0, rampUp: 0.5 })).toBe(0.5);
  expect(personWeight({ years: Number.NaN, rampUp: 2 })).toBe(1);
});

test('a new yearly target drops locks that no longer fit', () => {
  const locked = { ...plan, regions: [seg('east', 5, 8_000_000), seg('south', 3, 3_000_000), seg('north', 2)] };
  const lower = withAnnualTarget(locked, 10_000_000);
  expect(lower.regions.map((r) => r.locked)).toEqual([8_000_000, null, null]);
  expect(decompose(lower).regions).toEqual({ values: [8_000_000, 1_200_000, 800_000] });
});

test('the locks a new yearly target released are named by view and position, with the value each held', () => {
  const locked = {
    ...plan,
    months: plan.months.map((m, i) => (i === 11 ? { ...m, locked: 9_000_000 } : m)),
    regions: [seg('east', 5, 8_000_000), seg('south', 3, 3_000_000), seg('north', 2)],
    people: plan.people.map((p, i) => (i === 1 ? { ...p, locked: 2_000_000 } : p)),
  };
  const lower = withAnnualTarget(locked, 8_500_000);
  expect(releasedLocks(locked, lower)).toEqual([
    { view: 'months', index: 11, locked: 9_000_000 },
    { view: 'regions', index: 1, locked: 3_000_000 },
  ]);
  expect(releasedLocks(locked, withAnnualTarget(locked, 20_000_000))).toEqual([]);
  expect(releasedLocks(plan, withAnnualTarget(plan, 1_000_000))).toEqual([]);
});

test('tracking: achievement per month, the adjustment signal and the alerts', () => {
  const d = decompose(plan);
  const months = 'values' in d.months ? d.months.values : [];
  const t = trackPlan({ ...plan, actuals: [500_000, 400_000, ...Array(10).fill(null)], tracking: { pipelineCoverage: 1.2, newOpportunitiesRatio: 0.9, activityCompletion: null } }, months);
  expect(t.ratios.map((r) => Math.round(r * 100))).toEqual([69, 56]);
  expect(t.signal).toBe('lower');
  expect(t.alerts).toEqual([{ metric: 'pipelineCoverage', level: 'yellow' }]);
});

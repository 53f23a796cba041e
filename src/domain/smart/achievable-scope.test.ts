import { expect, test } from 'vitest';
import { achievableBand } from './achievable';
import { analyzeGoal } from './analyze';
import { analyzeGoalInScenario, exampleTarget, goalTypes, scenarioContext } from './scenario';
import { cloud, medical } from './test-scenarios';

const keys = (a: { feedback: { key: string }[] }) => a.feedback.map((f) => f.key.replace('smart.feedback.', ''));

// Module 02: a target comes from the history of the same territory (增长法), and territories differ (第14页: 避免简单平均分配).
test.each([
  ['By the end of 2027, reach RMB 38.1 million in medical equipment revenue in Shanghai'],
  ['2027年底前，上海医疗设备销售额达到3,810万元'],
])('a goal for one region is compared with that region’s figure, not the whole company’s: %s', (text) => {
  const a = analyzeGoalInScenario(text, 'en', medical);
  // Shanghai is 4 of 10 regions and medical equipment 8 of 10 products: RMB 30M × 0.4 × 0.8 = RMB 9.6M.
  expect(a.working?.source).toBe('company');
  expect(a.working?.scope?.share).toBeCloseTo(0.32, 9);
  expect(a.working!.baseline).toBeCloseTo(9_600_000, 0);
  expect(a.working!.change).toBeCloseTo(38.1 / 9.6 - 1, 6);
  expect(a.achievable).toBe('not_met');
  expect(keys(a)).toContain('achievable.tooHigh');
});

test.each([
  ['2027年上海销售额达到1,400万元', 12_000_000, 'met'],
  ['Reach RMB 14 million in revenue in Shanghai in 2027', 12_000_000, 'met'],
  ['2027年上海和江苏的销售额达到2,400万元', 21_000_000, 'met'],
  ['Reach RMB 24 million in revenue in Shanghai and Jiangsu in 2027', 21_000_000, 'met'],
  ['2027年第三季度上海销售额达到600万元', 3_000_000, 'not_met'],
  ['Reach RMB 6 million in revenue in Shanghai in Q3 2027', 3_000_000, 'not_met'],
  ['2027年华东区销售额达到3,600万元', 30_000_000, 'met'],
  ['Reach RMB 36 million in revenue in East China in 2027', 30_000_000, 'met'],
  ['2027年浙江培训服务收入达到200万元', 30_000_000 * 0.3 * 0.2, 'met'],
  ['Reach RMB 1 million in training services revenue in Zhejiang in 2027', 30_000_000 * 0.3 * 0.2, 'not_met'],
] as const)('“%s” is judged against its scope’s figure %d', (text, baseline, verdict) => {
  const a = analyzeGoalInScenario(text, 'zh-CN', medical);
  expect(a.working?.baseline).toBeCloseTo(baseline, 0);
  expect(a.achievable).toBe(verdict);
});

test('a goal’s own starting figure still wins over the scope’s, and a scope-less goal uses the whole company', () => {
  const own = analyzeGoalInScenario('2027年，上海医疗设备销售额从1000万元提高到1150万元', 'zh-CN', medical);
  expect(own.working).toMatchObject({ source: 'goal', baseline: 10_000_000 });
  expect(own.working?.scope).toBeUndefined();
  const whole = analyzeGoalInScenario('2027年医院客户销售额达到3,600万元', 'zh-CN', medical);
  expect(whole.working).toMatchObject({ source: 'company', baseline: 30_000_000 });
  expect(whole.working?.scope).toBeUndefined();
});

test('rates are not split by region: a market share in Shanghai is compared with the company’s share', () => {
  const a = analyzeGoalInScenario('2027年上海医疗设备市场份额达到9%', 'zh-CN', medical);
  expect(a.working).toMatchObject({ baseline: 0.08, scale: 'points' });
  expect(a.working?.scope).toBeUndefined();
});

test.each([
  ['Reach $2M in enterprise bookings in East China by Q4 2027', 'USD'],
  ['Reach USD 2 million in enterprise revenue in East China by Q4 2027', 'USD'],
  ['Reach 2 million dollars in enterprise revenue in East China by Q4 2027', 'USD'],
  ['Reach €2M in enterprise revenue in East China by Q4 2027', 'EUR'],
  ['2027年第四季度，华东区企业级客户销售额达到200万美元', 'USD'],
  ['2027年第四季度，华东区企业级客户销售额达到$200万', 'USD'],
  ['2027年第四季度，华东区企业级客户销售额达到200万欧元', 'EUR'],
] as const)('an amount in another currency is not read as yuan, and not compared without a rate: %s', (text, currency) => {
  const a = analyzeGoalInScenario(text, 'en', cloud);
  expect(a.parsed.currency).toBe(currency);
  expect(a.achievable).toBe('unknown');
  expect(a.feedback).toContainEqual({ criterion: 'achievable', key: 'smart.feedback.achievable.otherCurrency', values: { currency } });
  expect(a.working).toBeUndefined();
});

test('with a stated exchange rate another currency is converted before it is compared', () => {
  const context = { ...scenarioContext(cloud, 'en'), exchangeRates: { USD: 7 } };
  const a = analyzeGoal({ text: 'Reach $2M in enterprise revenue in East China by Q4 2027', locale: 'en', context });
  // A quarter of RMB 48M in East China (half of the company): RMB 6M; USD 2M at 7 is RMB 14M.
  expect(a.working?.baseline).toBeCloseTo(6_000_000, 0);
  expect(a.working?.change).toBeCloseTo(14 / 6 - 1, 6);
});

test.each([
  ['RMB 2M', 'Reach RMB 2M in enterprise revenue in East China by Q4 2027'],
  ['¥2M', 'Reach ¥2M in enterprise revenue in East China by Q4 2027'],
  ['2 million yuan', 'Reach 2 million yuan in enterprise revenue in East China by Q4 2027'],
  ['200万元', '2027年第四季度，华东区企业级客户销售额达到200万元'],
])('yuan stay yuan (%s)', (_label, text) => {
  const a = analyzeGoalInScenario(text, 'en', cloud);
  expect(a.parsed.currency).toBeUndefined();
  expect(a.parsed.target).toBe(2_000_000);
});

test.each([
  ['2027年Q3，云服务毛利率提升5个百分点', 'zh-CN', 0.05, 'met'],
  ['Raise the gross margin of cloud services by 5 percentage points in Q3 2027', 'en', 0.05, 'met'],
  ['2027年Q3，云服务毛利率提升15个百分点', 'zh-CN', 0.15, 'not_met'],
  ['Raise the gross margin of cloud services by 15 percentage points in Q3 2027', 'en', 0.15, 'not_met'],
  ['2027年华东区企业客户续约率提升3个百分点', 'zh-CN', 0.03, 'met'],
  ['Raise the renewal rate of enterprise customers in East China by 3 percentage points in 2027', 'en', 0.03, 'met'],
  ['2027年华东区企业客户续约率提升10个百分点', 'zh-CN', 0.1, 'not_met'],
  ['2027年云服务市场份额提升2个百分点', 'zh-CN', 0.02, 'met'],
  ['Raise the market share of cloud services by 2 percentage points in 2027', 'en', 0.02, 'met'],
  ['2027年云服务市场份额下降2个百分点', 'zh-CN', -0.02, 'not_met'],
] as const)('a change in percentage points is judged in points against the metric’s rate: %s', (text, page, points, verdict) => {
  const a = analyzeGoalInScenario(text, page, cloud);
  expect(a.working?.scale).toBe('points');
  expect(a.working?.change).toBeCloseTo(points, 9);
  expect(a.achievable).toBe(verdict);
  expect(a.feedback.find((f) => f.criterion === 'achievable')?.values?.points).toBeCloseTo(points, 9);
});

test.each([
  ['2027年华东区云服务销售额提升5个百分点', 'zh-CN'],
  ['Grow cloud services revenue in East China by 5 percentage points in 2027', 'en'],
] as const)('percentage points of an amount cannot be judged, and the trainee is told why: %s', (text, page) => {
  const a = analyzeGoalInScenario(text, page, cloud);
  expect(a.achievable).toBe('unknown');
  expect(keys(a)).toContain('achievable.pointsNeedRate');
});

test.each([
  ['2027年底前，把云服务毛利率从62%提高到87%', 'not_met'],
  ['By the end of 2027, raise the gross margin of cloud services from 62% to 87%', 'not_met'],
  ['2027年底前，华东区企业客户续约率达到99%', 'not_met'],
  ['Keep the renewal rate of enterprise customers in East China at 99% in 2027', 'not_met'],
  ['2027年，华东区企业客户续约率保持在85%', 'met'],
  ['2027年底前，云服务毛利率达到66%', 'met'],
] as const)('a rate may rise by at most 30% of its level and a quarter of the way to 100%: %s', (text, verdict) => {
  expect(analyzeGoalInScenario(text, 'zh-CN', cloud).achievable).toBe(verdict);
});

test('the band of a rate: 30% of the level, or a quarter of the way to 100%, whichever is smaller', () => {
  expect(achievableBand('margin', 0.62, 0.25)).toMatchObject({ min: 0, scale: 'points' });
  expect(achievableBand('margin', 0.62, 0.25).max).toBeCloseTo(0.095, 9);
  expect(achievableBand('retention', 0.85, 0.25).max).toBeCloseTo(0.0375, 9);
  expect(achievableBand('marketShare', 0.08, 0.25).max).toBeCloseTo(0.024, 9);
  expect(achievableBand('revenue', 48e6, 0.25)).toEqual({ min: 0, max: 0.55, scale: 'relative' });
  expect(achievableBand('churn', 0.1, 0.25)).toEqual({ min: -0.3, max: 0, scale: 'relative' });
});

test.each([cloud, medical])('every example target of %s lies inside the band the analyzer judges achievable for its scope', (scenario) => {
  for (const type of goalTypes)
    for (const period of ['year', 'quarter'] as const) {
      const target = exampleTarget(scenario, type, period);
      if (target === undefined) continue;
      if (type === 'margin' || type === 'retention' || type === 'marketShare') {
        const base = scenario.metrics[type]!;
        expect(target, `${type}/${period}`).toBeGreaterThanOrEqual(base);
        expect(target - base, `${type}/${period}`).toBeLessThanOrEqual(achievableBand(type, base, scenario.marketGrowth).max + 1e-9);
        expect(target, `${type}/${period}`).toBeLessThan(0.95);
      }
    }
  expect(exampleTarget(cloud, 'margin')).toBeLessThan(0.72);
  expect(exampleTarget(cloud, 'retention')).toBeLessThan(0.89);
  // Shanghai's medical equipment: RMB 9.6M last year, so not the whole company's RMB 38.1M.
  expect(exampleTarget(medical, 'revenue')).toBeLessThan(9_600_000 * 1.42);
});

import { expect, test } from 'vitest';
import { baselineFor } from './scenario';
import { isFlowMetric, METRIC_KINDS } from './metrics';

test('flows scale with the period; shares, rates and the customer base do not', () => {
  expect(METRIC_KINDS.filter(isFlowMetric).sort()).toEqual(['cost', 'newCustomers', 'orders', 'profit', 'revenue', 'units']);
  const scenario = { id: 's', year: 2027, marketGrowth: 0.1, priorities: { 'zh-CN': [], en: [] }, metrics: { revenue: 12_000_000, marketShare: 0.08, customers: 300 } };
  expect(baselineFor(scenario, 'revenue', 'quarter')).toBe(3_000_000);
  expect(baselineFor(scenario, 'revenue', undefined)).toBe(12_000_000);
  expect(baselineFor(scenario, 'marketShare', 'quarter')).toBe(0.08);
  expect(baselineFor(scenario, 'customers', 'month')).toBe(300);
  expect(baselineFor(scenario, 'revenue', 'days')).toBeUndefined();
  expect(baselineFor(scenario, 'margin', 'year')).toBeUndefined();
});

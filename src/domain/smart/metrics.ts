import type { MetricKind, Unit } from './types';

/** How each metric is measured: yuan, a count, or a fraction (a share or a rate). */
export const METRIC_UNITS = {
  revenue: 'currency',
  profit: 'currency',
  cost: 'currency',
  units: 'count',
  newCustomers: 'count',
  customers: 'count',
  orders: 'count',
  marketShare: 'percent',
  margin: 'percent',
  retention: 'percent',
  conversion: 'percent',
  churn: 'percent',
} as const satisfies Record<MetricKind, Unit>;

export const METRIC_KINDS = Object.keys(METRIC_UNITS) as MetricKind[];

/** Metrics where less is better: a goal plans to bring them down. */
const LOWER_IS_BETTER: ReadonlySet<MetricKind> = new Set(['churn', 'cost']);

export function isLowerBetter(kind: MetricKind | undefined): boolean {
  return kind !== undefined && LOWER_IS_BETTER.has(kind);
}

/** Metrics that accumulate over time (revenue, units…) and so scale with a goal's period; shares, rates and a customer base do not. */
export function isFlowMetric(kind: MetricKind): boolean {
  return METRIC_UNITS[kind] !== 'percent' && kind !== 'customers';
}

const PERIOD_SHARE = { year: 1, half: 1 / 2, quarter: 1 / 4, month: 1 / 12, week: 1 / 52 } as const;

/**
 * Last year's figure of a metric for the goal's period: a flow is pro-rated (a quarterly revenue
 * goal is compared with a quarter of last year's revenue); a stock or a rate is not. Undefined
 * for a goal counted in days, which no annual figure divides into honestly.
 */
export function scaleToPeriod(annual: number, metric: MetricKind, period: keyof typeof PERIOD_SHARE | 'days' | undefined): number | undefined {
  if (!isFlowMetric(metric)) return annual;
  if (period === 'days') return undefined;
  return annual * PERIOD_SHARE[period ?? 'year'];
}

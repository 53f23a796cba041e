import type { MetricKind } from './types';

/** How each metric is measured: yuan, a count, or a fraction (a share or a rate). */
export const METRIC_UNITS = {
  revenue: 'currency',
  profit: 'currency',
  units: 'count',
  newCustomers: 'count',
  customers: 'count',
  orders: 'count',
  marketShare: 'percent',
  margin: 'percent',
  retention: 'percent',
  conversion: 'percent',
} as const satisfies Record<MetricKind, 'currency' | 'count' | 'percent'>;

export const METRIC_KINDS = Object.keys(METRIC_UNITS) as MetricKind[];

/** Metrics that accumulate over time (revenue, units…) and so scale with a goal's period; shares, rates and a customer base do not. */
export function isFlowMetric(kind: MetricKind): boolean {
  return METRIC_UNITS[kind] !== 'percent' && kind !== 'customers';
}

import { analyzeGoal } from './analyze';
import { isFlowMetric, METRIC_UNITS } from './metrics';
import type { GoalAnalysis, GoalContext, Locale, MetricKind } from './types';

/** A virtual company (content/scenarios), as the SMART exercise needs it. */
export interface GoalScenario {
  id: string;
  year: number;
  /** Expected market growth for the year, as a fraction. */
  marketGrowth: number;
  priorities: Record<Locale, string[]>;
  /** Last year's actuals: amounts in yuan, counts, or fractions for shares and rates. */
  metrics: Partial<Record<MetricKind, number>>;
}

const PERIOD_SHARE = { year: 1, half: 1 / 2, quarter: 1 / 4, month: 1 / 12, week: 1 / 52 } as const;

/**
 * The baseline to judge a goal against: last year's figure for the goal's metric, for the same
 * length of period (a quarterly revenue goal is compared with a quarter of last year's revenue).
 */
export function baselineFor(scenario: GoalScenario, metric: MetricKind | undefined, period: GoalAnalysis['parsed']['period']): number | undefined {
  if (!metric) return undefined;
  const annual = scenario.metrics[metric];
  if (annual === undefined) return undefined;
  if (!isFlowMetric(metric)) return annual;
  if (period === 'days') return undefined;
  return annual * PERIOD_SHARE[period ?? 'year'];
}

/** Analyzes a goal within a scenario: its priorities and market growth, and the matching baseline. */
export function analyzeGoalInScenario(text: string, locale: Locale, scenario: GoalScenario): GoalAnalysis {
  const context: GoalContext = { marketGrowth: scenario.marketGrowth, priorities: scenario.priorities[locale] };
  const first = analyzeGoal({ text, locale, context });
  const baseline = baselineFor(scenario, first.parsed.metric, first.parsed.period);
  return baseline === undefined ? first : analyzeGoal({ text, locale, context: { ...context, baseline } });
}

export type GoalType = 'revenue' | 'units' | 'marketShare' | 'margin' | 'newCustomers' | 'retention';
export const goalTypes: GoalType[] = ['revenue', 'units', 'marketShare', 'margin', 'newCustomers', 'retention'];

/**
 * The figures of an example SMART goal for a scenario: last year's figure grown by market growth
 * plus half the stretch band (ambitious, still achievable), rounded to a figure people write.
 */
export function exampleTarget(scenario: GoalScenario, type: GoalType): number | undefined {
  const base = scenario.metrics[type];
  if (base === undefined) return undefined;
  const grown = base * (1 + scenario.marketGrowth + 0.15);
  if (METRIC_UNITS[type] === 'percent') return Math.min(0.99, Math.round(grown * 100) / 100);
  const step = grown >= 1e6 ? 1e5 : grown >= 1e4 ? 1e3 : grown >= 100 ? 10 : 1;
  return Math.round(grown / step) * step;
}

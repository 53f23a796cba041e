import { isLowerBetter, METRIC_UNITS, scaleToPeriod } from './metrics';
import type { AchievableWorking, GoalAnalysis, GoalContext, MetricKind, Unit, Verdict } from './types';

/** The band above market growth that still counts as achievable (the deck's case D sits far beyond it). */
export const ACHIEVABLE_STRETCH = 0.3;
/** How far the goal's own starting figure may differ from the company's before feedback says so. */
const BASELINE_TOLERANCE = 0.1;

type Say = (key: string, values?: Record<string, number | string>) => void;

export interface AchievableInput {
  metric?: MetricKind;
  period: GoalAnalysis['parsed']['period'];
  /** The level to reach, in its unit. */
  target?: { value: number; unit: Unit };
  /** A stated change (增长20%, cut by 10%), signed. */
  growth?: number;
  /** A stated change in percentage points, signed. */
  points?: number;
  /** The goal's own starting figure, in its unit. */
  own?: { value: number; unit: Unit };
}

const usable = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** The company's figure for the goal: `baseline` as given, else last year's figure of the metric for the goal's period. */
export function companyBaseline(context: GoalContext, metric: MetricKind | undefined, period: GoalAnalysis['parsed']['period']): number | undefined {
  if (context.baseline !== undefined) return usable(context.baseline) ? context.baseline : undefined;
  if (!metric || typeof context.baselines !== 'object' || context.baselines === null) return undefined;
  const annual = context.baselines[metric];
  if (!usable(annual)) return undefined;
  return scaleToPeriod(annual, metric, period);
}

/**
 * Judges Achievable. The change is computed from the goal's own starting figure when it states one,
 * else from the company's figure of the same unit; figures of different units are never compared.
 * Higher-is-better metrics: met when 0 ≤ change ≤ market growth + 30%. Lower-is-better metrics
 * (churn, cost): met when the reduction is between 0 and 30%.
 */
export function judgeAchievable(input: AchievableInput, context: GoalContext, say: Say): { verdict: Verdict; working?: AchievableWorking } {
  const { metric, target, growth, points, own } = input;
  const metricUnit = metric ? METRIC_UNITS[metric] : undefined;
  if (target && metricUnit && target.unit !== metricUnit) {
    say('smart.feedback.achievable.unitMismatch', { metric: metric!, unit: target.unit });
    return { verdict: 'unknown' };
  }
  const company = companyBaseline(context, metric, input.period);
  // The unit the baseline must be in: the target's, or for a change, the metric's.
  const unit = target?.unit ?? own?.unit ?? metricUnit;
  const ownUsable = own && usable(own.value) && (!unit || own.unit === unit) ? own : undefined;
  const baseline = ownUsable?.value ?? company;
  if (baseline === undefined) {
    say('smart.feedback.achievable.needsBaseline');
    return { verdict: 'unknown' };
  }
  if (growth === undefined && target === undefined && points === undefined) {
    say('smart.feedback.achievable.needsTarget');
    return { verdict: 'unknown' };
  }
  const change = growth ?? (target !== undefined ? target.value / baseline - 1 : points! / baseline);
  if (!Number.isFinite(change)) {
    say('smart.feedback.achievable.needsTarget');
    return { verdict: 'unknown' };
  }
  const lower = isLowerBetter(metric);
  const market = Number.isFinite(context.marketGrowth) ? context.marketGrowth! : 0;
  const ceiling = market + ACHIEVABLE_STRETCH;
  const band = lower ? { min: -ACHIEVABLE_STRETCH, max: 0 } : { min: 0, max: ceiling };
  let verdict: Verdict;
  if (lower) {
    const reduction = -change;
    verdict = reduction >= -1e-9 && reduction <= ACHIEVABLE_STRETCH + 1e-9 ? 'met' : 'not_met';
    if (reduction < -1e-9) say('smart.feedback.achievable.worsens', { growth: change });
    else if (verdict === 'met') say('smart.feedback.achievable.reductionMet', { reduction, cap: ACHIEVABLE_STRETCH });
    else say('smart.feedback.achievable.reductionTooHigh', { reduction, cap: ACHIEVABLE_STRETCH });
  } else if (change < -1e-9) {
    verdict = 'not_met';
    say('smart.feedback.achievable.negative', { growth: change });
  } else if (change > ceiling + 1e-9) {
    verdict = 'not_met';
    say('smart.feedback.achievable.tooHigh', { growth: change, ceiling, market });
  } else {
    verdict = 'met';
    say('smart.feedback.achievable.met', { growth: change, ceiling });
  }
  if (ownUsable && company !== undefined && (!metricUnit || ownUsable.unit === metricUnit) && Math.abs(ownUsable.value - company) > BASELINE_TOLERANCE * company)
    say('smart.feedback.achievable.baselineDiffers', { stated: ownUsable.value, company, unit: ownUsable.unit });
  const working: AchievableWorking = { baseline, source: ownUsable ? 'goal' : 'company', change, band, direction: lower ? 'lower' : 'higher' };
  if (unit) working.unit = unit;
  return { verdict, working };
}

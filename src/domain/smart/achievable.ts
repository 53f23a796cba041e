import { isFlowMetric, isLowerBetter, METRIC_UNITS, scaleToPeriod } from './metrics';
import type { AchievableWorking, GoalAnalysis, GoalContext, MetricKind, Unit, Verdict } from './types';

/** The band above market growth that still counts as achievable (the deck's case D sits far beyond it). */
export const ACHIEVABLE_STRETCH = 0.3;
/**
 * A rate (share, margin, renewal rate…) is not lifted by market growth, and the nearer it is to 100%
 * the harder each point: it may rise by at most 30% of its level and at most this share of the way to 100%.
 */
export const RATE_HEADROOM = 0.25;
/** How far the goal's own starting figure may differ from the company's before feedback says so. */
const BASELINE_TOLERANCE = 0.1;
const EPS = 1e-9;

type Say = (key: string, values?: Record<string, number | string | readonly string[]>) => void;

/** A stated target that the stated change does not lead to from the baseline ("by 20% to RMB 1.2 million" against RMB 48 million). */
export interface TargetConflict extends Record<string, number | string> {
  target: number;
  baseline: number;
  /** Where the stated change leads from the baseline. */
  expected: number;
  unit: Unit;
}

export interface AchievableInput {
  metric?: MetricKind;
  period: GoalAnalysis['parsed']['period'];
  /** The level to reach, in its unit; `currency` is the ISO code of an amount (CNY unless it says). */
  target?: { value: number; unit: Unit; currency?: string };
  /** A stated change (增长20%, cut by 10%), signed. */
  growth?: number;
  /** A stated change in percentage points, signed. */
  points?: number;
  /** An amount or count added to or taken from the current level (增加500万元), signed, in its unit. */
  delta?: { value: number; unit: Unit; currency?: string };
  /** The goal's own starting figure, in its unit. */
  own?: { value: number; unit: Unit; currency?: string };
  /** The scopes the goal names that the company has figures for, with their share of its flows. */
  scope?: { names: string[]; share: number };
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

/** Whether a metric is a rate judged in percentage points (share, margin, renewal, conversion), not a lower-is-better one. */
export const isRisingRate = (metric: MetricKind | undefined): boolean => metric !== undefined && METRIC_UNITS[metric] === 'percent' && !isLowerBetter(metric);

/**
 * The band of changes that counts as achievable from `baseline`: for amounts and counts a relative
 * change from 0 to market growth + 30%; for a rate a rise in points from 0 to the smaller of 30% of
 * its level and a quarter of the way to 100%; for churn and cost a cut of 0 to 30%.
 */
export function achievableBand(metric: MetricKind | undefined, baseline: number, marketGrowth: number | undefined): { min: number; max: number; scale: 'relative' | 'points' } {
  if (isLowerBetter(metric)) return { min: -ACHIEVABLE_STRETCH, max: 0, scale: 'relative' };
  if (isRisingRate(metric)) return { min: 0, max: Math.min(baseline * ACHIEVABLE_STRETCH, (1 - baseline) * RATE_HEADROOM), scale: 'points' };
  const market = Number.isFinite(marketGrowth) ? marketGrowth! : 0;
  return { min: 0, max: market + ACHIEVABLE_STRETCH, scale: 'relative' };
}

/**
 * Judges Achievable, as module 02 teaches (growth method: last year's figure of the same scope plus
 * market growth; not too easy, not case D's 80%). The change is computed from the goal's own starting
 * figure when it states one, else from the company's figure of the same unit, narrowed to the region,
 * product or segment the goal names when the company has that split; figures of different units or
 * currencies are never compared.
 */
export function judgeAchievable(input: AchievableInput, context: GoalContext, say: Say): { verdict: Verdict; working?: AchievableWorking; conflict?: TargetConflict } {
  const { metric, target, growth, points, own, delta } = input;
  const metricUnit = metric ? METRIC_UNITS[metric] : undefined;
  const stated = target ?? delta;
  if (stated && metricUnit && stated.unit !== metricUnit) {
    say('smart.feedback.achievable.unitMismatch', { metric: metric!, unit: stated.unit });
    return { verdict: 'unknown' };
  }
  const foreign = [target, own, delta].find((q) => q?.currency && q.currency !== 'CNY')?.currency;
  const rate = foreign ? context.exchangeRates?.[foreign] : undefined;
  if (foreign && !usable(rate)) {
    say('smart.feedback.achievable.otherCurrency', { currency: foreign });
    return { verdict: 'unknown' };
  }
  const inYuan = <T extends { value: number; currency?: string }>(q: T | undefined): T | undefined =>
    q && q.currency && q.currency !== 'CNY' ? { ...q, value: q.value * rate! } : q;
  const goal = inYuan(target);
  const start = inYuan(own);
  const added = inYuan(delta);
  if (points !== undefined && metric && metricUnit !== 'percent') {
    say('smart.feedback.achievable.pointsNeedRate', { metric });
    return { verdict: 'unknown' };
  }
  const whole = companyBaseline(context, metric, input.period);
  const scoped = whole !== undefined && metric && isFlowMetric(metric) && context.baseline === undefined && input.scope && input.scope.share < 1 ? input.scope : undefined;
  const company = scoped ? whole! * scoped.share : whole;
  // The unit the baseline must be in: the target's, or for a change, the metric's.
  const unit = goal?.unit ?? added?.unit ?? start?.unit ?? metricUnit;
  const ownUsable = start && usable(start.value) && (!unit || start.unit === unit) ? start : undefined;
  const baseline = ownUsable?.value ?? company;
  if (baseline === undefined) {
    // With neither a metric nor a figure ("do better next year") the missing figure is what to fix:
    // saying there is no data "for this metric" would name a metric the goal does not have.
    const nothingToCompare = !metric && growth === undefined && goal === undefined && added === undefined && points === undefined;
    say(nothingToCompare ? 'smart.feedback.achievable.needsTarget' : 'smart.feedback.achievable.needsBaseline');
    return { verdict: 'unknown' };
  }
  if (growth === undefined && goal === undefined && added === undefined && points === undefined) {
    say('smart.feedback.achievable.needsTarget');
    return { verdict: 'unknown' };
  }
  const band = achievableBand(metric, baseline, context.marketGrowth);
  const relative = growth ?? (goal !== undefined ? goal.value / baseline - 1 : added !== undefined ? added.value / baseline : points! / baseline);
  // A rate's change in points: stated (提升5个百分点), or from the level to reach, or a relative rise of the rate.
  const change = band.scale === 'points' ? (points ?? (goal !== undefined ? goal.value - baseline : relative * baseline)) : relative;
  if (!Number.isFinite(change)) {
    say('smart.feedback.achievable.needsTarget');
    return { verdict: 'unknown' };
  }
  const conflict = targetConflict(goal, growth, points, baseline);
  if (conflict) {
    say('smart.feedback.achievable.targetConflict');
    return { verdict: 'unknown', working: workingOf(baseline, ownUsable, scoped, unit, change, band, metric), conflict };
  }
  const verdict: Verdict = change >= band.min - EPS && change <= band.max + EPS ? 'met' : 'not_met';
  if (band.scale === 'points') {
    const values = { baseline, target: baseline + change, points: change, cap: band.max };
    say(change < -EPS ? 'smart.feedback.achievable.rateBelow' : verdict === 'met' ? 'smart.feedback.achievable.rateMet' : 'smart.feedback.achievable.rateTooHigh', values);
  } else if (isLowerBetter(metric)) {
    const reduction = -change;
    if (reduction < -EPS) say('smart.feedback.achievable.worsens', { growth: change });
    else if (verdict === 'met') say('smart.feedback.achievable.reductionMet', { reduction, cap: ACHIEVABLE_STRETCH });
    else say('smart.feedback.achievable.reductionTooHigh', { reduction, cap: ACHIEVABLE_STRETCH });
  } else if (change < -EPS) say('smart.feedback.achievable.negative', { growth: change });
  else if (verdict === 'not_met') say('smart.feedback.achievable.tooHigh', { growth: change, ceiling: band.max, market: band.max - ACHIEVABLE_STRETCH });
  else say('smart.feedback.achievable.met', { growth: change, ceiling: band.max });
  if (ownUsable && company !== undefined && (!metricUnit || ownUsable.unit === metricUnit) && Math.abs(ownUsable.value - company) > BASELINE_TOLERANCE * company)
    say('smart.feedback.achievable.baselineDiffers', { stated: ownUsable.value, company, unit: ownUsable.unit });
  return { verdict, working: workingOf(baseline, ownUsable, scoped, unit, change, band, metric) };
}

function workingOf(
  baseline: number,
  own: unknown,
  scoped: AchievableInput['scope'],
  unit: Unit | undefined,
  change: number,
  band: { min: number; max: number; scale: 'relative' | 'points' },
  metric: MetricKind | undefined,
): AchievableWorking {
  const working: AchievableWorking = {
    baseline,
    source: own ? 'goal' : 'company',
    change,
    band: { min: band.min, max: band.max },
    scale: band.scale,
    direction: isLowerBetter(metric) ? 'lower' : 'higher',
  };
  if (!own && scoped) working.scope = { names: scoped.names, share: scoped.share };
  if (unit) working.unit = unit;
  return working;
}

/**
 * Whether a target stated beside a change contradicts it: the baseline they imply together
 * (RMB 1.2 million ÷ 1.2 = RMB 1 million) differs from the one the goal is judged against by more
 * than the tolerance a trainee's rounding needs.
 */
function targetConflict(goal: AchievableInput['target'], growth: number | undefined, points: number | undefined, baseline: number): TargetConflict | undefined {
  if (!goal || (growth === undefined && points === undefined)) return undefined;
  const implied = growth !== undefined ? (growth > -1 ? goal.value / (1 + growth) : undefined) : goal.value - points!;
  if (implied !== undefined && Math.abs(implied - baseline) <= BASELINE_TOLERANCE * baseline) return undefined;
  const expected = growth !== undefined ? baseline * (1 + growth) : baseline + points!;
  const conflict: TargetConflict = { target: goal.value, baseline, expected, unit: goal.unit };
  if (growth !== undefined) conflict.growth = growth;
  else conflict.points = points!;
  return conflict;
}

/** The deck's funnel: the share of leads reaching each stage, lead capture to closed. */
export const DECK_STAGE_RATES = [1, 0.7, 0.4, 0.2, 0.08] as const;

/** The deck's tier shares of revenue (A 60–70%, B 20–30%, C 10–20%), at their midpoints. */
export const DECK_TIER_SHARES = { A: 65, B: 25, C: 10 } as const;

/** ceil() that does not add one for float noise (50 × 0.4 / 0.08 is 250, not 251). */
export function ceilClean(value: number): number {
  const nearest = Math.round(value);
  return Math.abs(value - nearest) <= 1e-9 * Math.max(1, Math.abs(value)) ? nearest : Math.ceil(value);
}

export interface FunnelPlan {
  wins: number;
  /** How many must enter each stage, in the order of `stageRates`. */
  stageCounts: number[];
  /** The same, per month and per week of the period. */
  perMonth: number[];
  perWeek: number[];
}

/**
 * Works a revenue target back through the funnel: wins = ceil(target ÷ deal size), and each
 * stage needs ceil(wins × rate ÷ last rate). `months` is the length of the period (12 for a year).
 */
export function funnelPlan({
  revenueTarget,
  averageDealSize,
  stageRates,
  months = 12,
}: {
  revenueTarget: number;
  averageDealSize: number;
  stageRates: readonly number[];
  months?: number;
}): FunnelPlan {
  const valid = (n: number) => Number.isFinite(n) && n > 0;
  if (!valid(averageDealSize) || !Number.isFinite(revenueTarget) || revenueTarget < 0 || !valid(months) || stageRates.length === 0 || !stageRates.every(valid))
    throw new RangeError('funnelPlan needs a non-negative target, a positive deal size, positive stage rates and a positive period');
  const wins = ceilClean(revenueTarget / averageDealSize);
  const last = stageRates[stageRates.length - 1]!;
  const stageCounts = stageRates.map((rate) => ceilClean((wins * rate) / last));
  const weeks = (months * 52) / 12;
  return {
    wins,
    stageCounts,
    perMonth: stageCounts.map((c) => ceilClean(c / months)),
    perWeek: stageCounts.map((c) => ceilClean(c / weeks)),
  };
}

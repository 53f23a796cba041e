import { allocate, AllocateError, type AllocateErrorCode } from './allocate';
import { adjustmentSignal, trackingAlerts } from './tracking';
import type { LocalizedText } from '../quiz/types';

/** The sandbox works in whole 万元 (10,000 yuan), as sales teams plan. */
export const PLAN_STEP = 10_000;
/** The largest amount, in steps of 10,000, a plan accepts: past it figures lose precision and no longer fit their labels. */
export const MAX_WAN = 10_000_000;

export interface Segment {
  id: string;
  name: LocalizedText;
  weight: number;
  /** A value the trainee fixed, in yuan; null when it follows its weight. */
  locked: number | null;
}

export interface Person {
  id: string;
  name: LocalizedText;
  /** Years of sales experience. */
  years: number;
  /** How productive the person is this year, 0–1 (a new hire ramping up is below 1). */
  rampUp: number;
  locked: number | null;
}

export interface SandboxPlan {
  annualTarget: number;
  months: { weight: number; locked: number | null }[];
  regions: Segment[];
  products: Segment[];
  people: Person[];
  tiers: Segment[];
  funnel: { averageDealSize: number; stageRates: number[] };
  /** Monthly actuals entered so far, in yuan. */
  actuals: (number | null)[];
  tracking: { pipelineCoverage: number | null; newOpportunitiesRatio: number | null; activityCompletion: number | null };
}

export type Split = { values: number[] } | { error: AllocateErrorCode };

/** A person's share of the work: experience adds up to 50%, ramp-up scales it down for new hires. */
export function personWeight(p: Pick<Person, 'years' | 'rampUp'>): number {
  const years = Number.isFinite(p.years) ? Math.max(0, Math.min(p.years, 5)) : 0;
  const ramp = Number.isFinite(p.rampUp) ? Math.max(0, Math.min(p.rampUp, 1)) : 0;
  return ramp * (1 + 0.1 * years);
}

function split(total: number, weights: number[], locked: (number | null)[]): Split {
  try {
    return { values: allocate(total, weights, { step: PLAN_STEP, locked }) };
  } catch (e) {
    if (e instanceof AllocateError) return { error: e.code };
    throw e;
  }
}

export interface Decomposition {
  months: Split;
  quarters: Split;
  regions: Split;
  products: Split;
  people: Split;
  tiers: Split;
}

/**
 * Breaks the yearly target down every way at once: by month (seasonality weights, quarters as
 * the sums of their months), region, product line, person (experience and ramp-up) and A/B/C tier.
 * Every view sums exactly to the yearly target or reports why it cannot.
 */
export function decompose(plan: SandboxPlan): Decomposition {
  const by = (segments: { weight: number; locked: number | null }[]) =>
    split(
      plan.annualTarget,
      segments.map((s) => s.weight),
      segments.map((s) => s.locked),
    );
  const months = by(plan.months);
  const quarters: Split = 'values' in months ? { values: [0, 1, 2, 3].map((q) => months.values.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0)) } : months;
  return {
    months,
    quarters,
    regions: by(plan.regions),
    products: by(plan.products),
    people: split(
      plan.annualTarget,
      plan.people.map(personWeight),
      plan.people.map((p) => p.locked),
    ),
    tiers: by(plan.tiers),
  };
}

/** Achievement so far: actual ÷ target for each month with an actual, and what the deck's rules say. */
export function trackPlan(plan: SandboxPlan, monthTargets: readonly number[]) {
  const ratios = plan.actuals
    .map((a, i) => (a === null || !monthTargets[i] ? null : a / monthTargets[i]!))
    .filter((r): r is number => r !== null);
  const t = plan.tracking;
  return {
    ratios,
    signal: adjustmentSignal(ratios),
    alerts: trackingAlerts({
      pipelineCoverage: t.pipelineCoverage ?? undefined,
      newOpportunitiesRatio: t.newOpportunitiesRatio ?? undefined,
      activityCompletion: t.activityCompletion ?? undefined,
    }),
  };
}

/**
 * Sets a plan's yearly target, dropping locks that no longer fit under it: in each view, locks are
 * kept in order while their sum fits, and a lock that would take the sum past the target is
 * released (`releasedLocks` tells which, so the trainee can be told).
 */
export function withAnnualTarget(plan: SandboxPlan, annualTarget: number): SandboxPlan {
  const fit = <T extends { locked: number | null }>(list: T[]): T[] => {
    let used = 0;
    return list.map((s) => {
      if (s.locked === null) return s;
      if (used + s.locked > annualTarget) return { ...s, locked: null };
      used += s.locked;
      return s;
    });
  };
  return {
    ...plan,
    annualTarget,
    months: fit(plan.months),
    regions: fit(plan.regions),
    products: fit(plan.products),
    people: fit(plan.people),
    tiers: fit(plan.tiers),
  };
}

/** The views whose parts can be locked. */
export type LockableView = 'months' | 'regions' | 'products' | 'people' | 'tiers';
const LOCKABLE: readonly LockableView[] = ['months', 'regions', 'products', 'people', 'tiers'];

/** A lock a change of the yearly target released: where it was and the value it held, in yuan. */
export interface ReleasedLock {
  view: LockableView;
  index: number;
  locked: number;
}

/** The locks `after` no longer has that `before` had (see `withAnnualTarget`), view by view, in order. */
export function releasedLocks(before: SandboxPlan, after: SandboxPlan): ReleasedLock[] {
  const out: ReleasedLock[] = [];
  for (const view of LOCKABLE) {
    const was: readonly { locked: number | null }[] = before[view];
    const now: readonly { locked: number | null }[] = after[view];
    was.forEach((part, index) => {
      if (part.locked !== null && now[index]?.locked === null) out.push({ view, index, locked: part.locked });
    });
  }
  return out;
}

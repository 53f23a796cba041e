/** One line of reasoning, as an i18n key and the figures it shows. */
export interface ReasoningStep {
  key: string;
  values: Record<string, number>;
}

export interface MethodResult {
  target: number;
  steps: ReasoningStep[];
}

export type TargetMethod = 'topDown' | 'bottomUp' | 'benchmark' | 'growth';

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** Top-down: the company target times this unit's contribution share. */
export function topDownTarget({ companyTarget, share, step = 1 }: { companyTarget: number; share: number; step?: number }): MethodResult {
  const target = roundTo(companyTarget * share, step);
  return { target, steps: [{ key: 'sandbox.reasoning.topDown', values: { companyTarget, share, target } }] };
}

/** Bottom-up: the sum of what each person or team commits to. */
export function bottomUpTarget({ commitments }: { commitments: readonly number[] }): MethodResult {
  const target = commitments.reduce((s, c) => s + (Number.isFinite(c) && c > 0 ? c : 0), 0);
  return { target, steps: [{ key: 'sandbox.reasoning.bottomUp', values: { people: commitments.length, target } }] };
}

/**
 * Benchmark: match a peer, either by its growth (last year × (1 + peer growth)) or by its share
 * of the market (market size × peer share), adjusted for differences between the companies.
 */
export function benchmarkTarget({
  lastYear,
  peerGrowth,
  marketSize,
  peerShare,
  adjustment = 0,
  step = 1,
}: {
  lastYear: number;
  peerGrowth?: number;
  marketSize?: number;
  peerShare?: number;
  adjustment?: number;
  step?: number;
}): MethodResult {
  if (marketSize !== undefined && peerShare !== undefined) {
    const target = roundTo(marketSize * peerShare * (1 + adjustment), step);
    return { target, steps: [{ key: 'sandbox.reasoning.benchmarkShare', values: { marketSize, peerShare, adjustment, target } }] };
  }
  const growth = peerGrowth ?? 0;
  const target = roundTo(lastYear * (1 + growth + adjustment), step);
  return { target, steps: [{ key: 'sandbox.reasoning.benchmarkGrowth', values: { lastYear, peerGrowth: growth, adjustment, target } }] };
}

/** Compound annual growth rate of a series of yearly figures (oldest first). */
export function cagr(history: readonly number[]): number | undefined {
  const first = history[0];
  const last = history.at(-1);
  if (history.length < 2 || !first || first <= 0 || !last || last <= 0) return undefined;
  return (last / first) ** (1 / (history.length - 1)) - 1;
}

/**
 * Growth: last year × (1 + market growth + an adjustment for the company's own plans), with the
 * history's compound growth shown beside it as a check against straight-line extrapolation.
 */
export function growthTarget({
  history,
  marketGrowth,
  adjustment = 0,
  step = 1,
}: {
  history: readonly number[];
  marketGrowth: number;
  adjustment?: number;
  step?: number;
}): MethodResult {
  const lastYear = history.at(-1) ?? 0;
  const target = roundTo(lastYear * (1 + marketGrowth + adjustment), step);
  const steps: ReasoningStep[] = [{ key: 'sandbox.reasoning.growth', values: { lastYear, marketGrowth, adjustment, target } }];
  const historic = cagr(history);
  if (historic !== undefined) steps.push({ key: 'sandbox.reasoning.history', values: { cagr: historic, years: history.length } });
  return { target, steps };
}

import type { Scenario } from '../../content/scenario-schema';
import { DECK_STAGE_RATES, DECK_TIER_SHARES, PLAN_STEP } from '../../domain';
import type { SandboxState } from '../../stores/sandbox-schema';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const tiers = () =>
  (['A', 'B', 'C'] as const).map((id) => ({ id, name: text(`${id}类`, id), weight: DECK_TIER_SHARES[id], locked: null }));
const empty = () => ({
  actuals: Array<number | null>(12).fill(null),
  tracking: { pipelineCoverage: null, newOpportunitiesRatio: null, activityCompletion: null },
});

/** A plan for a virtual company: last year grown by the market, its seasonality, regions, products and team. */
export function planFromScenario(s: Scenario): SandboxState {
  const lastYear = s.metrics.revenue ?? 10_000_000;
  const annualTarget = Math.round((lastYear * (1 + s.marketGrowth)) / PLAN_STEP) * PLAN_STEP;
  return {
    scenarioId: s.id,
    method: 'growth',
    actionPlan: [],
    inputs: { companyTarget: Math.round((annualTarget * 4) / PLAN_STEP), share: 25, commitments: '', lastYear: lastYear / PLAN_STEP, peerGrowth: 20, marketGrowth: Math.round(s.marketGrowth * 100), adjustment: 0 },
    plan: {
      annualTarget,
      months: s.seasonality.map((weight) => ({ weight, locked: null })),
      regions: s.regions.map((r) => ({ id: r.id, name: r.name, weight: r.weight, locked: null })),
      products: s.products.map((p) => ({ id: p.id, name: p.name, weight: p.weight, locked: null })),
      people: s.team.map((p) => ({ id: p.id, name: p.name, years: p.years, rampUp: p.rampUp, locked: null })),
      tiers: tiers(),
      funnel: { averageDealSize: s.averageDealSize, stageRates: [...DECK_STAGE_RATES] },
      ...empty(),
    },
  };
}

/** A blank plan: RMB 10 million, even months, three regions, two product lines, three people. */
export function scratchPlan(): SandboxState {
  return {
    scenarioId: null,
    method: 'topDown',
    actionPlan: [],
    inputs: { companyTarget: 4000, share: 25, commitments: '', lastYear: 800, peerGrowth: 20, marketGrowth: 10, adjustment: 0 },
    plan: {
      annualTarget: 10_000_000,
      months: Array.from({ length: 12 }, () => ({ weight: 1, locked: null })),
      regions: [1, 2, 3].map((n) => ({ id: `r${n}`, name: text(`区域${n}`, `Region ${n}`), weight: 1, locked: null })),
      products: [1, 2].map((n) => ({ id: `p${n}`, name: text(`产品线${n}`, `Product line ${n}`), weight: 1, locked: null })),
      people: [1, 2, 3].map((n) => ({ id: `s${n}`, name: text(`销售${n}`, `Seller ${n}`), years: 3, rampUp: 1, locked: null })),
      tiers: tiers(),
      funnel: { averageDealSize: 100_000, stageRates: [...DECK_STAGE_RATES] },
      ...empty(),
    },
  };
}

import { allocate, decompose, PLAN_STEP, type SandboxPlan } from '../../src/domain';

const text = (s: string) => ({ 'zh-CN': s, en: s });
const seg = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: text(`${prefix}${i}`), weight: 1 + (i % 5), locked: null }));

/**
 * Decomposes a 12-month × 8-region × 10-product × 30-person plan all the way down: the year to
 * regions, each region to products, each region×product to months, each cell to people
 * (28,800 cells, every level summing exactly), and the sandbox's own one-level views.
 */
export function benchSandbox(): string[] {
  const plan: SandboxPlan = {
    annualTarget: 120_000_000,
    months: Array.from({ length: 12 }, (_, i) => ({ weight: 6 + (i % 4), locked: null })),
    regions: seg('r', 8),
    products: seg('p', 10),
    people: Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, name: text(`s${i}`), years: i % 7, rampUp: i % 6 === 0 ? 0.5 : 1, locked: null })),
    tiers: [seg('A', 1)[0]!, seg('B', 1)[0]!, seg('C', 1)[0]!],
    funnel: { averageDealSize: 100_000, stageRates: [1, 0.7, 0.4, 0.2, 0.08] },
    actuals: Array(12).fill(null),
    tracking: { pipelineCoverage: null, newOpportunitiesRatio: null, activityCompletion: null },
  };
  const cube = () => {
    let cells = 0;
    const regions = allocate(plan.annualTarget, plan.regions.map((r) => r.weight), { step: PLAN_STEP });
    for (const r of regions) {
      const products = allocate(r, plan.products.map((p) => p.weight), { step: PLAN_STEP });
      for (const p of products) {
        const months = allocate(p, plan.months.map((m) => m.weight), { step: PLAN_STEP });
        for (const m of months) cells += allocate(m, plan.people.map((_, i) => 1 + (i % 3)), { step: PLAN_STEP }).length;
      }
    }
    return cells;
  };
  cube();
  const runs: number[] = [];
  let cells = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    cells = cube();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const views: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    decompose(plan);
    views.push(performance.now() - start);
  }
  views.sort((a, b) => a - b);
  return [
    `full decomposition, ${cells.toLocaleString('en')} cells (12 months × 8 regions × 10 products × 30 people): ${runs[2]!.toFixed(1)} ms (median of 5)`,
    `the sandbox's views recomputed on each edit (months, quarters, regions, products, people, tiers): ${views[100]!.toFixed(3)} ms (median of 200)`,
  ];
}

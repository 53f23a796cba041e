import { describe, expect, test } from 'vitest';
import { DECK_STAGE_RATES, funnelPlan } from './funnel';
import { adjustmentSignal, trackingAlerts } from './tracking';
import { benchmarkTarget, bottomUpTarget, cagr, growthTarget, topDownTarget } from './methods';

describe('funnelPlan', () => {
  test.each([
    [5_000_000, 100_000, 50, [625, 438, 250, 125, 50]],
    [5_000_001, 100_000, 51, [638, 447, 255, 128, 51]],
    [1_000_000, 300_000, 4, [50, 35, 20, 10, 4]],
    [0, 100_000, 0, [0, 0, 0, 0, 0]],
  ])('%s at %s a deal → %s wins', (revenueTarget, averageDealSize, wins, counts) => {
    const plan = funnelPlan({ revenueTarget, averageDealSize, stageRates: DECK_STAGE_RATES });
    expect(plan.wins).toBe(wins);
    expect(plan.stageCounts).toEqual(counts);
  });

  test('float noise never adds one: 50 × 0.4 ÷ 0.08 is 250', () => {
    expect(funnelPlan({ revenueTarget: 5_000_000, averageDealSize: 100_000, stageRates: [1, 0.7, 0.4, 0.2, 0.08] }).stageCounts[2]).toBe(250);
  });

  test('monthly and weekly activity over the period', () => {
    const plan = funnelPlan({ revenueTarget: 5_000_000, averageDealSize: 100_000, stageRates: DECK_STAGE_RATES, months: 12 });
    expect(plan.perMonth).toEqual([53, 37, 21, 11, 5]);
    expect(plan.perWeek).toEqual([13, 9, 5, 3, 1]);
  });

  test('bad input is refused with a RangeError', () => {
    expect(() => funnelPlan({ revenueTarget: 1, averageDealSize: 0, stageRates: DECK_STAGE_RATES })).toThrow(RangeError);
    expect(() => funnelPlan({ revenueTarget: 1, averageDealSize: 1, stageRates: [] })).toThrow(RangeError);
  });
});

describe('trackingAlerts: strictly below each threshold', () => {
  test.each([
    [{ pipelineCoverage: 1.5 }, []],
    [{ pipelineCoverage: 1.49 }, [{ metric: 'pipelineCoverage', level: 'yellow' }]],
    [{ newOpportunitiesRatio: 0.8 }, []],
    [{ newOpportunitiesRatio: 0.79 }, [{ metric: 'newOpportunities', level: 'red' }]],
    [{ activityCompletion: 0.85 }, []],
    [{ activityCompletion: 0.849 }, [{ metric: 'activityCompletion', level: 'reminder' }]],
    [
      { pipelineCoverage: 1.2, newOpportunitiesRatio: 0.5, activityCompletion: 0.6 },
      [
        { metric: 'pipelineCoverage', level: 'yellow' },
        { metric: 'newOpportunities', level: 'red' },
        { metric: 'activityCompletion', level: 'reminder' },
      ],
    ],
    [{ pipelineCoverage: Number.NaN }, []],
    [{}, []],
  ])('%j', (figures, expected) => expect(trackingAlerts(figures)).toEqual(expected));
});

describe('adjustmentSignal: the last two periods', () => {
  test.each([
    [[0.69, 0.69], 'lower'],
    [[0.7, 0.69], null],
    [[0.69, 0.7], null],
    [[1.31, 1.31], 'raise'],
    [[1.3, 1.31], null],
    [[1.31, 1.3], null],
    [[0.5, 1.4], null],
    [[1.4, 0.6, 0.6], 'lower'],
    [[0.6], null],
    [[], null],
  ])('%j → %s', (ratios, expected) => expect(adjustmentSignal(ratios)).toBe(expected));
});

describe('the four methods', () => {
  test('top-down is the company target times the share', () => {
    expect(topDownTarget({ companyTarget: 20_000_000, share: 0.25, step: 10_000 })).toEqual({
      target: 5_000_000,
      steps: [{ key: 'sandbox.reasoning.topDown', values: { companyTarget: 20_000_000, share: 0.25, target: 5_000_000 } }],
    });
  });
  test('bottom-up adds the commitments, ignoring nonsense', () => {
    expect(bottomUpTarget({ commitments: [1_200_000, 800_000, Number.NaN, -5] }).target).toBe(2_000_000);
  });
  test('benchmark by peer growth or by peer share', () => {
    expect(benchmarkTarget({ lastYear: 4_000_000, peerGrowth: 0.2, step: 10_000 }).target).toBe(4_800_000);
    expect(benchmarkTarget({ lastYear: 0, marketSize: 100_000_000, peerShare: 0.05, adjustment: -0.1, step: 10_000 }).target).toBe(4_500_000);
  });
  test('growth from history with market growth, and the history’s CAGR beside it', () => {
    const r = growthTarget({ history: [3_000_000, 3_600_000, 4_000_000], marketGrowth: 0.25, step: 10_000 });
    expect(r.target).toBe(5_000_000);
    expect(r.steps[1]!.values.cagr).toBeCloseTo(0.1547, 3);
    expect(cagr([100])).toBeUndefined();
  });
});

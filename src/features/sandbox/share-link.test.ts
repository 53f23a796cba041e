import { expect, test } from 'vitest';
import { decodePlan, encodePlan } from './share-link';
import { scratchPlan } from './initial-plans';

test('a plan survives the round trip through a link', () => {
  const plan = scratchPlan();
  plan.plan.regions[1]!.locked = 5_000_000;
  expect(decodePlan(encodePlan(plan))).toEqual(plan);
});

test('a damaged or forged link is refused, not half-used', () => {
  expect(decodePlan('not-a-plan')).toBeUndefined();
  const forged = scratchPlan();
  (forged.plan as { annualTarget: number }).annualTarget = -5;
  expect(decodePlan(encodePlan(forged))).toBeUndefined();
});

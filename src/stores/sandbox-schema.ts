import { z } from 'zod';
import { restoreStored, type Restored, type StoredFormat } from '../domain';

const text = z.strictObject({ 'zh-CN': z.string().max(80), en: z.string().max(80) });
const money = z.number().finite().nonnegative().max(1e13);
const segment = z.strictObject({ id: z.string().min(1).max(40), name: text, weight: z.number().finite().nonnegative().max(1e9), locked: money.nullable() });

/** The longest text each action-plan cell and the most rows a saved plan holds; the page stops typing there. */
/** The longest list of commitments (as kept, in 万元) a saved plan holds. */
export const COMMITMENTS_MAX_LENGTH = 400;

export const actionPlanLimits = {
  rows: 40,
  length: { activity: 200, frequency: 100, resources: 200, owner: 80, start: 20, end: 20, indicator: 200 },
} as const;

/** A saved or shared sandbox: checked whole before it replaces anything the trainee has. */
export const sandboxStateSchema = z.strictObject({
  scenarioId: z.string().max(60).nullable(),
  method: z.enum(['topDown', 'bottomUp', 'benchmark', 'growth']),
  inputs: z.strictObject({
    companyTarget: z.number().finite().nonnegative(),
    share: z.number().finite().min(0).max(100),
    commitments: z.string().max(COMMITMENTS_MAX_LENGTH),
    lastYear: z.number().finite().nonnegative(),
    peerGrowth: z.number().finite().min(-100).max(1000),
    marketGrowth: z.number().finite().min(-100).max(1000),
    adjustment: z.number().finite().min(-100).max(1000),
  }),
  /** Module 09's action plan: what to do, how often, with what, who, when, and how to tell it works. */
  actionPlan: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(40),
        activity: z.string().max(actionPlanLimits.length.activity),
        frequency: z.string().max(actionPlanLimits.length.frequency),
        resources: z.string().max(actionPlanLimits.length.resources),
        owner: z.string().max(actionPlanLimits.length.owner),
        start: z.string().max(actionPlanLimits.length.start),
        end: z.string().max(actionPlanLimits.length.end),
        indicator: z.string().max(actionPlanLimits.length.indicator),
      }),
    )
    .max(actionPlanLimits.rows)
    .default([]),
  plan: z.strictObject({
    annualTarget: money.refine((v) => v % 10_000 === 0, 'whole 万元'),
    months: z.array(z.strictObject({ weight: z.number().finite().nonnegative(), locked: money.nullable() })).length(12),
    regions: z.array(segment).min(1).max(30),
    products: z.array(segment).min(1).max(30),
    people: z
      .array(z.strictObject({ id: z.string().min(1).max(40), name: text, years: z.number().finite().min(0).max(60), rampUp: z.number().finite().min(0).max(1), locked: money.nullable() }))
      .min(1)
      .max(60),
    tiers: z.array(segment).length(3),
    funnel: z.strictObject({ averageDealSize: z.number().finite().positive(), stageRates: z.array(z.number().finite().positive().max(1)).min(2).max(8) }),
    actuals: z.array(money.nullable()).length(12),
    tracking: z.strictObject({
      pipelineCoverage: z.number().finite().nonnegative().nullable(),
      newOpportunitiesRatio: z.number().finite().nonnegative().nullable(),
      activityCompletion: z.number().finite().nonnegative().nullable(),
    }),
  }),
});

export type SandboxState = z.infer<typeof sandboxStateSchema>;
export const SANDBOX_VERSION = 1;

/** The sandbox as kept on the device: checked whole by the schema, never half-used. */
export const sandboxFormat: StoredFormat<SandboxState | null> = {
  version: SANDBOX_VERSION,
  migrations: {},
  empty: null,
  check(state) {
    if (state === null) return { state: null };
    const result = sandboxStateSchema.safeParse(state);
    return result.success ? { state: result.data } : undefined;
  },
};

/** Restores a stored sandbox. Never throws. */
export function restoreSandbox(raw: string | null): Restored<SandboxState | null> {
  return restoreStored(raw, sandboxFormat, new Date().toISOString());
}

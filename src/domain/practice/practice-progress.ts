import type { SavedGoal } from '../smart/saved-goals';
import type { FinishedRun } from '../roleplay/runs';
import { objectionTypes } from '../roleplay/types';

/** How far a trainee has come in one practice tool: `done` of `total` steps, for the home page's ring. */
export interface PracticeProgress {
  done: number;
  total: number;
}

const SMART_CRITERIA = 5;

/**
 * SMART: the most criteria any saved goal meets (a goal meeting all five is the aim).
 * Role-plays: how many of the six objections have been played to an ending.
 */
export function smartProgress(goals: readonly SavedGoal[]): PracticeProgress & { saved: number } {
  const best = goals.reduce((most, g) => Math.max(most, Object.values(g.verdicts).filter((v) => v === 'met').length), 0);
  return { done: best, total: SMART_CRITERIA, saved: goals.length };
}

export function roleplayProgress(runs: readonly FinishedRun[]): PracticeProgress {
  const played = new Set(runs.map((r) => r.scenarioId));
  return { done: objectionTypes.filter((o) => played.has(o)).length, total: objectionTypes.length };
}

import type { FinishedRun } from '../roleplay/runs';
import { activityIds } from './activities';

/** How many of the five SMART criteria a set of verdicts meets. */
export const criteriaMet = (verdicts: Readonly<Record<string, string>>) => Object.values(verdicts).filter((v) => v === 'met').length;

/**
 * A saved SMART goal as an xAPI result: the share of criteria met, a success only when all five
 * are, and each criterion's verdict in a result extension (so an LRS, and HR, can tell which
 * criterion trainees miss).
 */
export function smartGoalResult(goal: { text: string; verdicts: Readonly<Record<string, string>> }, courseIri?: string) {
  const met = criteriaMet(goal.verdicts);
  return { scaled: met / 5, success: met === 5, response: goal.text.slice(0, 1000), extensions: { [activityIds(courseIri).smartVerdicts()]: { ...goal.verdicts } } };
}

/** A finished role-play as an xAPI result: its LSCPA score, a success when the deal was won or moved on. */
export function roleplayResult(run: FinishedRun) {
  return {
    scaled: run.score / 100,
    success: run.ending === 'won' || run.ending === 'advanced',
    completion: true,
    durationMs: Date.parse(run.endedAt) - Date.parse(run.startedAt),
    response: run.ending,
  };
}

import type { FinishedRun } from '../roleplay/runs';

/** How many of the five SMART criteria a set of verdicts meets. */
export const criteriaMet = (verdicts: Readonly<Record<string, string>>) => Object.values(verdicts).filter((v) => v === 'met').length;

/** A saved SMART goal as an xAPI result: the share of criteria met, a success only when all five are. */
export function smartGoalResult(goal: { text: string; verdicts: Readonly<Record<string, string>> }) {
  const met = criteriaMet(goal.verdicts);
  return { scaled: met / 5, success: met === 5, response: goal.text.slice(0, 1000) };
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

import { expect, test } from 'vitest';
import { roleplayProgress, smartProgress } from './practice-progress';
import type { SavedGoal } from '../smart/saved-goals';
import type { FinishedRun } from '../roleplay/runs';

const goal = (met: number): SavedGoal => {
  const keys = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
  return {
    id: `g${met}`,
    text: 'x',
    locale: 'en',
    scenarioId: 's',
    savedAt: '2026-12-01T00:00:00.000Z',
    verdicts: Object.fromEntries(keys.map((k, i) => [k, i < met ? 'met' : 'not_met'])) as SavedGoal['verdicts'],
  };
};
const run = (scenarioId: string): FinishedRun => ({ id: scenarioId, scenarioId, choices: [], typed: [], ending: 'won', score: 1, startedAt: '', endedAt: '' });

test('SMART progress is the best saved goal out of five criteria, with the number saved', () => {
  expect(smartProgress([])).toEqual({ done: 0, total: 5, saved: 0 });
  expect(smartProgress([goal(2), goal(4), goal(3)])).toEqual({ done: 4, total: 5, saved: 3 });
});

test('role-play progress counts each objection played to an ending once, out of six', () => {
  expect(roleplayProgress([])).toEqual({ done: 0, total: 6 });
  expect(roleplayProgress([run('price'), run('price'), run('timing'), run('unknown')])).toEqual({ done: 2, total: 6 });
});

import { expect, test } from 'vitest';
import { bestRun, chooseReply, discardRun, emptyRoleplayState, finishRun, restoreRoleplayState, startRun, type FinishedRun } from './runs';

const started = startRun(emptyRoleplayState, { scenarioId: 'price', feedback: 'now', typeFirst: true, startedAt: '2026-11-27T08:00:00Z' });
const run = (id: string, score: number): FinishedRun => ({ id, scenarioId: 'price', choices: [0], typed: [''], ending: 'won', score, startedAt: 'a', endedAt: 'b' });

test('a run records each reply and what the trainee typed first; finishing files it', () => {
  let s = chooseReply(started, 'price', 1, '我理解您的顾虑');
  s = chooseReply(s, 'price', 0);
  expect(s.active.price).toMatchObject({ choices: [1, 0], typed: ['我理解您的顾虑', ''] });
  s = finishRun(s, run('r1', 64));
  expect(s.active).toEqual({});
  expect(s.runs).toHaveLength(1);
  expect(started.active.price!.choices).toEqual([]);
  expect(discardRun(started, 'price').active).toEqual({});
  expect(chooseReply(emptyRoleplayState, 'price', 0)).toBe(emptyRoleplayState);
});

test('the best run is the highest score of that scenario', () => {
  expect(bestRun([run('a', 40), run('b', 100), { ...run('c', 100), scenarioId: 'need' }], 'price')!.id).toBe('b');
  expect(bestRun([], 'price')).toBeUndefined();
});

test('stored runs are restored; bad entries are dropped and reported', () => {
  const wrap = (state: unknown, version = 1) => JSON.stringify({ state, version });
  expect(restoreRoleplayState(wrap({ runs: [run('a', 50)], active: started.active }))).toEqual({ state: { runs: [run('a', 50)], active: started.active } });
  expect(restoreRoleplayState(wrap({ runs: [run('a', 50), { ...run('b', 50), score: 500 }], active: {} }))).toMatchObject({ recovered: 'invalidShape', state: { runs: [run('a', 50)] } });
  expect(restoreRoleplayState('{').recovered).toBe('corrupt');
  expect(restoreRoleplayState(wrap({ runs: [], active: {} }, 2)).recovered).toBe('unknownVersion');
});

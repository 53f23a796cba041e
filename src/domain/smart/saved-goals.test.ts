import { expect, test } from 'vitest';
import { addGoal, removeGoal, restoreGoals, type SavedGoal } from './saved-goals';

const goal = (id: string): SavedGoal => ({
  id,
  text: '第三季度增加A产品销售额20%',
  locale: 'zh-CN',
  scenarioId: 'cloud-software',
  savedAt: '2026-11-27T08:00:00.000Z',
  verdicts: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'not_met', timeBound: 'met' },
});

test('goals are added newest first, once each, and removed by id, without mutating', () => {
  const list = addGoal(addGoal([], goal('a')), goal('b'));
  expect(list.map((g) => g.id)).toEqual(['b', 'a']);
  expect(addGoal(list, goal('a')).map((g) => g.id)).toEqual(['a', 'b']);
  expect(removeGoal(list, 'b').map((g) => g.id)).toEqual(['a']);
  expect(list).toHaveLength(2);
});

test('saved goals are restored; bad entries are dropped and reported, good ones kept', () => {
  expect(restoreGoals(JSON.stringify({ state: [goal('a')], version: 1 }))).toEqual({ state: [goal('a')] });
  expect(restoreGoals(JSON.stringify({ state: [goal('a'), { id: 'x' }], version: 1 }))).toEqual({ state: [goal('a')], recovered: 'invalidShape' });
  expect(restoreGoals('{oops').recovered).toBe('corrupt');
  expect(restoreGoals(JSON.stringify({ state: [], version: 3 })).recovered).toBe('unknownVersion');
  expect(restoreGoals(null)).toEqual({ state: [] });
});

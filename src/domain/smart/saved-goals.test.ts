import { expect, test } from 'vitest';
import { addGoal, hasGoal, removeGoal, restoreGoals, type SavedGoal } from './saved-goals';

const goal = (id: string, text = `第三季度增加A产品销售额20%（${id}）`, scenarioId = 'cloud-software'): SavedGoal => ({
  id,
  text,
  locale: 'zh-CN',
  scenarioId,
  savedAt: '2026-11-27T08:00:00.000Z',
  verdicts: { specific: 'met', measurable: 'met', achievable: 'met', relevant: 'not_met', timeBound: 'met' },
});

test('goals are added newest first, once each, and removed by id, without mutating', () => {
  const list = addGoal(addGoal([], goal('a')), goal('b'));
  expect(list.map((g) => g.id)).toEqual(['b', 'a']);
  expect(addGoal(list, goal('a')).map((g) => g.id)).toEqual(['b', 'a']);
  expect(removeGoal(list, 'b').map((g) => g.id)).toEqual(['a']);
  expect(list).toHaveLength(2);
});

test('the same goal saved twice (a double click) is kept once; the same words for another company are another goal', () => {
  const once = addGoal([], goal('a', '第三季度增加A产品销售额20%'));
  const twice = addGoal(once, goal('b', '第三季度增加A产品销售额20%'));
  expect(twice.map((g) => g.id)).toEqual(['a']);
  expect(twice).not.toBe(once);
  expect(hasGoal(twice, '  第三季度增加A产品销售额20% ', 'cloud-software')).toBe(true);
  expect(hasGoal(twice, '第三季度增加A产品销售额20%', 'medical-devices')).toBe(false);
  expect(addGoal(twice, goal('c', '第三季度增加A产品销售额20%', 'medical-devices')).map((g) => g.id)).toEqual(['c', 'a']);
  expect(addGoal(twice, goal('d', 'Grow product A revenue by 20% in Q3')).map((g) => g.id)).toEqual(['d', 'a']);
});

test('saved goals are restored; bad entries are dropped and reported, good ones kept', () => {
  expect(restoreGoals(JSON.stringify({ state: [goal('a')], version: 1 }))).toEqual({ state: [goal('a')] });
  expect(restoreGoals(JSON.stringify({ state: [goal('a'), { id: 'x' }], version: 1 }))).toEqual({ state: [goal('a')], recovered: 'invalidShape' });
  expect(restoreGoals('{oops').recovered).toBe('corrupt');
  expect(restoreGoals(JSON.stringify({ state: [], version: 3 })).recovered).toBe('unknownVersion');
  expect(restoreGoals(null)).toEqual({ state: [] });
});

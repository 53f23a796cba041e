import { describe, expect, test } from 'vitest';
import { isPassed, scoreAttempt, scoreItem } from './score';
import { matching, multiple, numeric, ordering, single, truefalse } from './fixtures';

describe('single choice', () => {
  test.each([
    ['right', { type: 'single', optionId: 'b' }, 1, 'correct'],
    ['wrong', { type: 'single', optionId: 'a' }, 0, 'wrong'],
    ['empty', undefined, 0, 'unanswered'],
    ['an unknown option', { type: 'single', optionId: 'z' }, 0, 'invalid'],
    ['a number for the option', { type: 'single', optionId: 2 }, 0, 'invalid'],
    ['an answer of another type', { type: 'truefalse', value: true }, 0, 'invalid'],
  ])('%s', (_n, answer, score, status) => expect(scoreItem(single, answer)).toEqual({ score, status }));
});

describe('multiple response: right chosen minus wrong chosen, over the right options', () => {
  test.each([
    ['all right, nothing wrong', ['a', 'b'], 1, 'correct'],
    ['half the right ones', ['a'], 0.5, 'partial'],
    ['one right, one wrong', ['a', 'c'], 0, 'wrong'],
    ['both right and one wrong', ['b', 'a', 'd'], 0.5, 'partial'],
    ['everything ticked', ['a', 'b', 'c', 'd'], 0, 'wrong'],
    ['only wrong ones', ['c'], 0, 'wrong'],
  ])('%s', (_n, optionIds, score, status) =>
    expect(scoreItem(multiple, { type: 'multiple', optionIds })).toEqual({ score, status }),
  );
  test.each([
    ['nothing ticked', { type: 'multiple', optionIds: [] }, 'unanswered'],
    ['the same option twice', { type: 'multiple', optionIds: ['a', 'a'] }, 'invalid'],
    ['an unknown option', { type: 'multiple', optionIds: ['a', 'x'] }, 'invalid'],
    ['not a list', { type: 'multiple', optionIds: 'a' }, 'invalid'],
  ])('%s', (_n, answer, status) => expect(scoreItem(multiple, answer)).toEqual({ score: 0, status }));
});

describe('true/false', () => {
  test.each([
    ['right', { type: 'truefalse', value: false }, 1, 'correct'],
    ['wrong', { type: 'truefalse', value: true }, 0, 'wrong'],
    ['a string', { type: 'truefalse', value: 'false' }, 0, 'invalid'],
    ['empty', null, 0, 'unanswered'],
  ])('%s', (_n, answer, score, status) => expect(scoreItem(truefalse, answer)).toEqual({ score, status }));
});

describe('ordering: share of pairs in the right relative order', () => {
  const right = ['lead', 'contact', 'needs', 'proposal', 'closed'];
  test('the right order scores 1', () => expect(scoreItem(ordering, { type: 'ordering', order: right })).toEqual({ score: 1, status: 'correct' }));
  test('a reversed order scores 0', () =>
    expect(scoreItem(ordering, { type: 'ordering', order: [...right].reverse() })).toEqual({ score: 0, status: 'wrong' }));
  test('one neighbouring swap loses one pair of ten', () =>
    expect(scoreItem(ordering, { type: 'ordering', order: ['contact', 'lead', 'needs', 'proposal', 'closed'] })).toEqual({
      score: 0.9,
      status: 'partial',
    }));
  test('moving the last entry to the front loses four pairs', () =>
    expect(scoreItem(ordering, { type: 'ordering', order: ['closed', 'lead', 'contact', 'needs', 'proposal'] }).score).toBeCloseTo(0.6));
  test.each([
    ['a missing entry', ['lead', 'contact', 'needs', 'proposal']],
    ['a repeated entry', ['lead', 'lead', 'needs', 'proposal', 'closed']],
    ['an unknown entry', ['lead', 'contact', 'needs', 'proposal', 'won']],
  ])('%s is invalid', (_n, order) => expect(scoreItem(ordering, { type: 'ordering', order })).toEqual({ score: 0, status: 'invalid' }));
});

describe('matching: share of pairs matched', () => {
  test('all matched', () =>
    expect(scoreItem(matching, { type: 'matching', matches: { price: 'price', timing: 'timing', product: 'product', authority: 'authority' } })).toEqual({
      score: 1,
      status: 'correct',
    }));
  test('two of four, two swapped', () =>
    expect(scoreItem(matching, { type: 'matching', matches: { price: 'price', timing: 'timing', product: 'authority', authority: 'product' } })).toEqual({
      score: 0.5,
      status: 'partial',
    }));
  test('one given, the rest left blank', () =>
    expect(scoreItem(matching, { type: 'matching', matches: { price: 'price' } })).toEqual({ score: 0.25, status: 'partial' }));
  test('none given', () => expect(scoreItem(matching, { type: 'matching', matches: {} })).toEqual({ score: 0, status: 'unanswered' }));
  test('all wrong', () =>
    expect(scoreItem(matching, { type: 'matching', matches: { price: 'timing', timing: 'price' } })).toEqual({ score: 0, status: 'wrong' }));
  test.each([
    ['an unknown left side', { x: 'price' }],
    ['an unknown right side', { price: 'x' }],
    ['a non-string match', { price: 1 }],
  ])('%s is invalid', (_n, matches) => expect(scoreItem(matching, { type: 'matching', matches })).toEqual({ score: 0, status: 'invalid' }));
});

describe('numeric', () => {
  const within = { ...numeric, answer: 191.7, tolerance: 0.5 } as typeof numeric;
  test.each([
    ['exact', numeric, 625, 1],
    ['one off with no tolerance', numeric, 626, 0],
    ['inside the tolerance', within, 192.1, 1],
    ['at the edge of the tolerance', within, 192.2, 1],
    ['outside the tolerance', within, 192.3, 0],
  ])('%s', (_n, item, value, score) => expect(scoreItem(item, { type: 'numeric', value }).score).toBe(score));
  test.each([
    ['not a number', { type: 'numeric', value: '625' }],
    ['infinite', { type: 'numeric', value: Infinity }],
    ['NaN', { type: 'numeric', value: NaN }],
  ])('%s is invalid', (_n, answer) => expect(scoreItem(numeric, answer)).toEqual({ score: 0, status: 'invalid' }));
});

test('a malformed answer of any kind never throws', () => {
  const junk = [0, 'x', [], {}, { type: 'single' }, { type: 'ordering', order: null }, { type: 'matching', matches: [] }, true];
  for (const item of [single, multiple, truefalse, ordering, matching, numeric])
    for (const answer of junk) expect(scoreItem(item, answer).score).toBe(0);
});

test('an attempt scores the mean of its items, each weighing the same', () => {
  const result = scoreAttempt([single, multiple, truefalse, numeric], {
    single: { type: 'single', optionId: 'b' },
    multiple: { type: 'multiple', optionIds: ['a'] },
    truefalse: { type: 'truefalse', value: true },
  });
  expect(result.points).toBe(1.5);
  expect(result.max).toBe(4);
  expect(result.score).toBe(0.375);
  expect(result.items.numeric!.status).toBe('unanswered');
});

test('an empty attempt scores 0 rather than NaN', () => expect(scoreAttempt([], {}).score).toBe(0));

describe('the pass rule', () => {
  test.each([
    [0.8, undefined, true],
    [0.7999, undefined, false],
    [1, undefined, true],
    [0.75, 0.7, true],
    [0.65, 0.7, false],
    [0.8000000000000002, undefined, true],
    [0.7999999999999999, undefined, true],
    [NaN, undefined, false],
  ])('%s against %s passes: %s', (score, pass, expected) => expect(isPassed(score, pass)).toBe(expected));
  test('6.4 of 8 points is exactly 80% and passes despite float noise', () => expect(isPassed(6.4 / 8)).toBe(true));
});

import { describe, expect, test } from 'vitest';
import { attemptDuration, bestAttempt, hasPassed, moduleStatus, resultTone, slidesToReview, type QuizAttempt } from './results';

const attempt = (quizId: string, score: number, passed: boolean, id = `${quizId}-${score}`): QuizAttempt => ({
  id,
  quizId,
  seed: id,
  items: [],
  answers: {},
  score,
  passed,
  startedAt: '2026-11-27T08:00:00.000Z',
  endedAt: '2026-11-27T08:05:30.000Z',
});

test('the best attempt is the highest score of that quiz, the first of equals', () => {
  const list = [attempt('m1', 0.5, false), attempt('m1', 0.875, true, 'first'), attempt('m2', 1, true), attempt('m1', 0.875, true, 'second')];
  expect(bestAttempt(list, 'm1')!.id).toBe('first');
  expect(bestAttempt(list, 'm3')).toBeUndefined();
  expect(hasPassed(list, 'm1')).toBe(true);
  expect(hasPassed([attempt('m1', 0.5, false)], 'm1')).toBe(false);
});

test('an attempt the records server refused is neither the best nor a pass', () => {
  const refused = { ...attempt('m1', 1, true, 'refused'), scoredBy: 'refused' as const };
  const list = [attempt('m1', 0.5, false, 'counted'), refused];
  expect(bestAttempt(list, 'm1')!.id).toBe('counted');
  expect(hasPassed(list, 'm1')).toBe(false);
  expect(bestAttempt([refused], 'm1')).toBeUndefined();
  expect(hasPassed([{ ...refused, scoredBy: 'server' }], 'm1')).toBe(true);
});

test('a module is completed when read and its quiz passed', () => {
  expect(moduleStatus('read', { exists: true, passed: true })).toBe('completed');
  expect(moduleStatus('read', { exists: true, passed: false })).toBe('read');
  expect(moduleStatus('in_progress', { exists: true, passed: true })).toBe('in_progress');
  expect(moduleStatus('read', { exists: false, passed: false })).toBe('completed');
  expect(moduleStatus('not_started', { exists: false, passed: false })).toBe('not_started');
});

test('time spent is the span of the attempt, never negative', () => {
  expect(attemptDuration(attempt('m', 1, true))).toBe(330_000);
  expect(attemptDuration({ startedAt: '2026-11-27T09:00:00Z', endedAt: '2026-11-27T08:00:00Z' })).toBe(0);
  expect(attemptDuration({ startedAt: 'garbage', endedAt: '2026-11-27T08:00:00Z' })).toBe(0);
});

test('slides to review are those behind items not fully right, once each', () => {
  const items = [
    { id: 'q1', slide: 'funnel' },
    { id: 'q2', slide: 'tiers' },
    { id: 'q3', slide: 'funnel' },
    { id: 'q4', slide: 'smart' },
  ];
  expect(slidesToReview(items, { q1: { status: 'partial' }, q2: { status: 'correct' }, q3: { status: 'wrong' }, q4: { status: 'unanswered' } })).toEqual([
    'funnel',
    'smart',
  ]);
});

describe('resultTone', () => {
  test('a pass, a near miss and a score well short read differently (35% of an 80% mark is not "a little short")', () => {
    expect(resultTone(0.8, 0.8)).toBe('passed');
    expect(resultTone(0.7, 0.8)).toBe('close');
    expect(resultTone(0.65, 0.8)).toBe('close');
    expect(resultTone(0.354, 0.8)).toBe('far');
  });
});

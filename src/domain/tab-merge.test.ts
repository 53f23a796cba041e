import { expect, test } from 'vitest';
import { emptyProgress, markSeen } from './progress/progress';
import { emptyQuizState, finishAttempt, startAttempt, answerItem, type ActiveAttempt } from './quiz/quiz-state';
import type { QuizAttempt } from './quiz/results';
import type { SavedGoal } from './smart/saved-goals';
import { emptyReviewState, type ReviewCard, type ReviewState } from './review/deck';
import { emptyRoleplayState, finishRun, startRun, type FinishedRun } from './roleplay/runs';
import { mergeGoals, mergeProgress, mergeQuiz, mergeReview, mergeRoleplay, mergeSandbox as mergeRows } from './tab-merge';

const T1 = '2026-12-01T08:00:00.000Z';
const T2 = '2026-12-01T09:00:00.000Z';
const T3 = '2026-12-01T10:00:00.000Z';

/** Runs the merge on frozen copies, so a merge that mutates its input fails the test. */
function merged<S>(merge: (a: S, b: S, base?: S) => S, mine: S, theirs: S, base?: S): S {
  const [a, b, c] = [structuredClone(mine), structuredClone(theirs), structuredClone(base)];
  const result = merge(a, b, c);
  expect([a, b, c]).toEqual([mine, theirs, base]);
  return result;
}

test('progress: slides seen in either tab stay seen, first seen at the earlier time', () => {
  const base = markSeen(emptyProgress, 'm1', 'a', T2);
  const mine = markSeen(markSeen(base, 'm1', 'b', T2), 'm2', 'x', T2);
  const theirs = markSeen(markSeen(markSeen(emptyProgress, 'm1', 'a', T1), 'm1', 'c', T3), 'm3', 'y', T1);
  const result = merged(mergeProgress, mine, theirs);
  expect(result.modules.m1!.seen).toEqual({ a: T1, b: T2, c: T3 });
  expect(Object.keys(result.modules).sort()).toEqual(['m1', 'm2', 'm3']);
  expect(result.modules.m1!.lastSlideId).toBe('c');
  expect(result.modules.m1!.lastVisitedAt).toBe(T3);
});

test('progress: "resume" follows the tab that read last', () => {
  const mine = markSeen(emptyProgress, 'm2', 'x', T3);
  const theirs = markSeen(emptyProgress, 'm1', 'a', T1);
  expect(merged(mergeProgress, mine, theirs).lastModuleId).toBe('m2');
  expect(merged(mergeProgress, theirs, mine).lastModuleId).toBe('m2');
  expect(merged(mergeProgress, emptyProgress, emptyProgress)).toEqual({ modules: {} });
});

const attempt = (id: string, quizId: string, endedAt: string, extra: Partial<QuizAttempt> = {}): QuizAttempt => ({
  id, quizId, seed: id, items: [], answers: {}, score: 0.5, passed: false, startedAt: endedAt, endedAt, ...extra,
});
const active = (id: string, quizId: string, startedAt: string): Omit<ActiveAttempt, 'answers' | 'checked' | 'index'> => ({ id, quizId, seed: id, items: [], layout: 'one', startedAt });

test('quiz: finished attempts of both tabs are kept in the order they ended; the server score wins', () => {
  const mine = { ...emptyQuizState, attempts: [attempt('a1', 'm1', T1, { scoredBy: 'server', score: 1, passed: true }), attempt('a3', 'm2', T3)] };
  const theirs = { ...emptyQuizState, attempts: [attempt('a1', 'm1', T1, { scoredBy: 'pending' }), attempt('a2', 'm1', T2)] };
  const result = merged(mergeQuiz, mine, theirs);
  expect(result.attempts.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  expect(result.attempts[0]).toMatchObject({ scoredBy: 'server', passed: true });
});

test('quiz: an attempt under way that the other tab finished is no longer under way; answers under way are kept', () => {
  const started = startAttempt(emptyQuizState, active('x1', 'm1', T1));
  const theirs = finishAttempt(started, attempt('x1', 'm1', T2));
  const mine = answerItem(startAttempt(started, active('y1', 'm2', T2)), 'm2', 'i1', { type: 'truefalse', value: true });
  const result = merged(mergeQuiz, mine, theirs);
  expect(result.attempts.map((a) => a.id)).toEqual(['x1']);
  expect(Object.keys(result.active)).toEqual(['m2']);
  expect(result.active.m2!.answers).toEqual(mine.active.m2!.answers);
});

test('quiz: the same attempt under way in both tabs keeps the copy with more answers', () => {
  const started = startAttempt(emptyQuizState, active('x1', 'm1', T1));
  const answered = answerItem(started, 'm1', 'i1', { type: 'truefalse', value: false });
  expect(merged(mergeQuiz, answered, started).active.m1!.answers).toEqual(answered.active.m1!.answers);
  expect(merged(mergeQuiz, started, answered).active.m1!.answers).toEqual(answered.active.m1!.answers);
});

const goal = (id: string, text: string, savedAt: string): SavedGoal => ({
  id, text, locale: 'en', scenarioId: 's1', savedAt,
  verdicts: { specific: 'met', measurable: 'met', achievable: 'unknown', relevant: 'met', timeBound: 'met' },
});

test('goals: both tabs\' goals are kept, newest first, the same goal once', () => {
  const mine = [goal('g2', 'Grow sales 10% by June', T2), goal('g1', 'Visit 5 clients a week', T1)];
  const theirs = [goal('g3', 'Grow sales 10% by June', T3), goal('g4', 'Close 3 deals by March', T3), goal('g1', 'Visit 5 clients a week', T1)];
  const result = merged(mergeGoals, mine, theirs);
  expect(result.map((g) => g.text)).toEqual(['Grow sales 10% by June', 'Close 3 deals by March', 'Visit 5 clients a week']);
});

test('goals: a goal either tab deleted since the copy both started from stays deleted; one added in either is kept', () => {
  const [g1, g2, g3] = [goal('g1', 'Visit 5 clients a week', T1), goal('g2', 'Close 3 deals by March', T1), goal('g3', 'Grow sales 10% by June', T1)];
  const base = [g2, g1];
  // This tab deleted g1 and added g3 while the other deleted g2.
  expect(merged(mergeGoals, [g3, g2], [g1], base).map((g) => g.id)).toEqual(['g3']);
  // Without the copy both started from, nothing can be told deleted: both tabs' goals are kept.
  expect(merged(mergeGoals, [g3, g2], [g1]).map((g) => g.id).sort()).toEqual(['g1', 'g2', 'g3']);
});

const card = (key: string, lastReview: string, reps: number): ReviewCard => ({
  key, moduleId: key.split('/')[0]!, itemId: key.split('/')[1]!, due: T3, stability: 1, difficulty: 5, scheduledDays: 1, reps, lapses: 0, state: 2, lastReview, enteredAt: T1,
});

test('review: cards, answers and check-ins of both tabs are kept; a card reviewed in both keeps the later review', () => {
  const mine: ReviewState = {
    cards: { 'm1/a': card('m1/a', T2, 2), 'm1/b': card('m1/b', T1, 1) },
    answers: [{ id: 'r2', key: 'm1/a', at: T2, score: 1, correct: true, due: T3 }],
    followUps: [{ id: 'two-weeks', at: T2, score: 1, items: 3, answers: {} }],
    seededAttempts: ['a1'],
  };
  const theirs: ReviewState = {
    cards: { 'm1/a': card('m1/a', T1, 1), 'm2/c': card('m2/c', T1, 1) },
    answers: [{ id: 'r1', key: 'm1/a', at: T1, score: 0, correct: false, due: T2 }],
    followUps: [],
    seededAttempts: ['a1', 'a2'],
  };
  const result = merged(mergeReview, mine, theirs);
  expect(Object.keys(result.cards).sort()).toEqual(['m1/a', 'm1/b', 'm2/c']);
  expect(result.cards['m1/a']!.reps).toBe(2);
  expect(result.answers.map((a) => a.id)).toEqual(['r1', 'r2']);
  expect(result.followUps.map((f) => f.id)).toEqual(['two-weeks']);
  expect(result.seededAttempts).toEqual(['a1', 'a2']);
  expect(merged(mergeReview, emptyReviewState, emptyReviewState)).toEqual(emptyReviewState);
});

const run = (id: string, scenarioId: string, startedAt: string, endedAt: string): FinishedRun => ({
  id, scenarioId, choices: [0], typed: [''], ending: 'won', score: 80, startedAt, endedAt,
});

test('role-play: finished runs of both tabs are kept; a run the other tab finished is no longer under way', () => {
  const started = startRun(emptyRoleplayState, { scenarioId: 'price', feedback: 'end', typeFirst: false, startedAt: T1 });
  const theirs = finishRun(started, run('r1', 'price', T1, T2));
  const mine = { ...startRun(started, { scenarioId: 'budget', feedback: 'end', typeFirst: false, startedAt: T2 }), runs: [run('r0', 'budget', T1, T1)] };
  const result = merged(mergeRoleplay, mine, theirs);
  expect(result.runs.map((r) => r.id)).toEqual(['r0', 'r1']);
  expect(Object.keys(result.active)).toEqual(['budget']);
});

test('sandbox: the newer plan is kept whole, with action-plan rows added only in this tab', () => {
  type Plan = { target: number; actionPlan: { id: string }[] };
  const plan = (target: number, rows: string[]): Plan | null => ({ target, actionPlan: rows.map((id) => ({ id })) });
  const mergeSandbox = (mine: Plan | null, theirs: Plan | null) => mergeRows(mine, theirs);
  expect(merged(mergeSandbox, plan(1, ['a', 'b']), plan(2, ['a', 'c']))).toEqual(plan(2, ['a', 'c', 'b']));
  expect(merged(mergeSandbox, plan(1, ['a']), null)).toEqual(plan(1, ['a']));
  expect(merged(mergeSandbox, null, plan(2, []))).toEqual(plan(2, []));
});

test('sandbox: an action-plan row either tab deleted since the copy both started from stays deleted', () => {
  type Plan = { target: number; actionPlan: { id: string }[] };
  const plan = (target: number, rows: string[]): Plan => ({ target, actionPlan: rows.map((id) => ({ id })) });
  const mergeSandbox = (mine: Plan | null, theirs: Plan | null, base?: Plan | null) => mergeRows(mine, theirs, base);
  const base = plan(1, ['a', 'b', 'c']);
  // The other tab deleted b; this tab deleted c and added d.
  expect(merged(mergeSandbox, plan(1, ['a', 'b', 'd']), plan(2, ['a', 'c']), base)).toEqual(plan(2, ['a', 'd']));
  // Nothing deleted: the newer plan as it is.
  expect(merged(mergeSandbox, plan(1, ['a', 'b', 'c']), plan(2, ['a', 'b', 'c']), base)).toEqual(plan(2, ['a', 'b', 'c']));
});

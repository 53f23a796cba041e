import { expect, test } from 'vitest';
import { answerItem, awaitServerScore, checkItem, discardAttempt, emptyQuizState, finishAttempt, setLayout, refuseServerScore, settleServerScore, showItem, startAttempt } from './quiz-state';
import { restoreQuizState, QUIZ_STATE_VERSION } from './restore-quiz';
import type { QuizAttempt } from './results';

const started = startAttempt(emptyQuizState, {
  id: 'att-1',
  quizId: '01-foundations',
  seed: 's',
  items: [{ itemId: 'q1', order: ['a', 'b'] }, { itemId: 'q2' }],
  layout: 'one',
  startedAt: '2026-11-27T08:00:00.000Z',
});

test('answers are recorded until the item is checked, then locked', () => {
  let s = answerItem(started, '01-foundations', 'q1', { type: 'single', optionId: 'a' });
  s = checkItem(s, '01-foundations', 'q1');
  s = answerItem(s, '01-foundations', 'q1', { type: 'single', optionId: 'b' });
  expect(s.active['01-foundations']!.answers.q1).toEqual({ type: 'single', optionId: 'a' });
  expect(s.active['01-foundations']!.checked).toEqual(['q1']);
});

test('clearing an answer removes it', () => {
  const s = answerItem(answerItem(started, '01-foundations', 'q2', { type: 'numeric', value: 5 }), '01-foundations', 'q2', undefined);
  expect(s.active['01-foundations']!.answers).toEqual({});
});

test('the shown item stays within the attempt and the layout can change', () => {
  let s = showItem(started, '01-foundations', 9);
  expect(s.active['01-foundations']!.index).toBe(1);
  s = showItem(s, '01-foundations', -3);
  expect(s.active['01-foundations']!.index).toBe(0);
  expect(setLayout(s, '01-foundations', 'all').active['01-foundations']!.layout).toBe('all');
});

test('finishing files the attempt and clears the one under way; none of it mutates', () => {
  const before = structuredClone(started);
  const attempt: QuizAttempt = { id: 'att-1', quizId: '01-foundations', seed: 's', items: [], answers: {}, score: 0.5, passed: false, startedAt: 'a', endedAt: 'b' };
  const done = finishAttempt(started, attempt);
  expect(done.attempts).toEqual([attempt]);
  expect(done.active).toEqual({});
  expect(discardAttempt(started, '01-foundations').active).toEqual({});
  expect(started).toEqual(before);
});

test('actions on a quiz with no attempt under way change nothing', () => {
  expect(answerItem(emptyQuizState, 'x', 'q', { type: 'truefalse', value: true })).toBe(emptyQuizState);
});

const wrap = (state: unknown, version = QUIZ_STATE_VERSION) => JSON.stringify({ state, version });
const good: QuizAttempt = { id: 'a1', quizId: 'm', seed: 's', items: [{ itemId: 'q' }], answers: { q: { type: 'truefalse', value: true } }, score: 1, passed: true, startedAt: 'x', endedAt: 'y' };

test('stored results come back as they were', () => {
  expect(restoreQuizState(wrap({ attempts: [good], active: started.active }))).toEqual({ state: { attempts: [good], active: started.active } });
});

test.each([
  ['nothing stored', null, undefined, 0],
  ['corrupt JSON', '{"state":', 'corrupt', 0],
  ['a future version', wrap({ attempts: [good], active: {} }, 9), 'unknownVersion', 0],
  ['no state', JSON.stringify({ version: 1 }), 'invalidShape', 0],
  ['one bad attempt among good ones', wrap({ attempts: [good, { ...good, score: 7 }, { id: 3 }], active: {} }), 'invalidShape', 1],
  ['attempts that are not a list', wrap({ attempts: 'x', active: {} }), 'invalidShape', 0],
])('%s: recovered %s, %s attempts kept', (_n, raw, recovered, kept) => {
  const restored = restoreQuizState(raw);
  expect(restored.recovered).toBe(recovered);
  expect(restored.state.attempts).toHaveLength(kept);
});

test('an attempt under way filed under the wrong quiz is dropped', () => {
  const restored = restoreQuizState(wrap({ attempts: [], active: { other: started.active['01-foundations'] } }));
  expect(restored.state.active).toEqual({});
  expect(restored.recovered).toBe('invalidShape');
});

test('the records server\'s score replaces the page\'s once it comes; until then the attempt waits for it', () => {
  const done: QuizAttempt = { id: 'att-9', quizId: '01-foundations', seed: 's', items: [{ itemId: 'q1' }], answers: {}, score: 1, itemScores: { q1: 1 }, passed: true, startedAt: 'a', endedAt: 'b' };
  const before = finishAttempt(emptyQuizState, done);
  const waiting = awaitServerScore(before, ['att-9']);
  expect(waiting.attempts[0]!.scoredBy).toBe('pending');
  expect(before.attempts[0]!.scoredBy).toBeUndefined();
  expect(awaitServerScore(waiting, ['att-9'])).toBe(waiting);
  const settled = settleServerScore(waiting, { attemptId: 'att-9', score: 0.5, passed: false, itemScores: { q1: 0.5 } });
  expect(settled.attempts[0]).toMatchObject({ score: 0.5, passed: false, itemScores: { q1: 0.5 }, scoredBy: 'server' });
  expect(waiting.attempts[0]!.score).toBe(1);
  expect(awaitServerScore(settled, ['att-9']).attempts[0]!.scoredBy).toBe('server');
  expect(settleServerScore(settled, { attemptId: 'other', score: 0, passed: false, itemScores: {} })).toBe(settled);
  expect(restoreQuizState(JSON.stringify({ version: QUIZ_STATE_VERSION, state: settled })).state.attempts).toHaveLength(1);
});

test('the answers the server scored replace the page\'s; an attempt it had scored from another tab says so', () => {
  const mine: QuizAttempt = { id: 'att-7', quizId: '06-incentives', seed: 's', items: [{ itemId: 'q1' }], answers: { q1: { type: 'truefalse', value: false } }, score: 0, itemScores: { q1: 0 }, passed: false, startedAt: 'a', endedAt: 'b', scoredBy: 'pending' };
  const state = finishAttempt(emptyQuizState, mine);
  const recorded = { q1: { type: 'truefalse', value: true } };
  const settled = settleServerScore(state, { attemptId: 'att-7', score: 1, passed: true, itemScores: { q1: 1 } }, { answers: recorded, elsewhere: true });
  expect(settled.attempts[0]).toMatchObject({ answers: recorded, score: 1, passed: true, itemScores: { q1: 1 }, scoredBy: 'server', submittedElsewhere: true });
  expect(state.attempts[0]!.answers).toEqual(mine.answers);
  // What is not an answer map leaves the page's answers; the server's score still counts.
  const odd = settleServerScore(state, { attemptId: 'att-7', score: 1, passed: true, itemScores: { q1: 1 } }, { answers: { q1: 'yes' } });
  expect(odd.attempts[0]).toMatchObject({ answers: mine.answers, score: 1, scoredBy: 'server' });
  expect(odd.attempts[0]!.submittedElsewhere).toBeUndefined();
  expect(restoreQuizState(JSON.stringify({ version: QUIZ_STATE_VERSION, state: settled })).state.attempts[0]).toEqual(settled.attempts[0]);
});

test('an attempt the server refused is marked so until it is scored; a scored one stays scored', () => {
  const done: QuizAttempt = { id: 'att-8', quizId: '01-foundations', seed: 's', items: [], answers: {}, score: 0.125, passed: false, startedAt: 'a', endedAt: 'b', scoredBy: 'pending' };
  const refused = refuseServerScore(finishAttempt(emptyQuizState, done), 'att-8');
  expect(refused.attempts[0]!.scoredBy).toBe('refused');
  expect(refuseServerScore(refused, 'att-8')).toBe(refused);
  expect(restoreQuizState(JSON.stringify({ version: QUIZ_STATE_VERSION, state: refused })).state.attempts).toHaveLength(1);
  const scored = settleServerScore(refused, { attemptId: 'att-8', score: 1, passed: true, itemScores: {} });
  expect(scored.attempts[0]!.scoredBy).toBe('server');
  expect(refuseServerScore(scored, 'att-8')).toBe(scored);
});

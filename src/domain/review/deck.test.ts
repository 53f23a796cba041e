import { describe, expect, test } from 'vitest';
import type { QuizAttempt } from '../quiz/results';
import { dueCards, dueCount, emptyReviewState, nextReviewAt, reviewStreak, type ReviewState } from './deck';
import { quizAnswersOf, type QuizAnswers } from './entry';
import { answerReview, gradeOf, scheduleAnswer, syncDeck } from './schedule';
import { REVIEW_STATE_VERSION, restoreReviewState } from './restore-review';

// The injected clock: every rule takes its time as an argument.
const T0 = '2026-03-02T09:00:00.000Z';
const at = (days: number, hours = 0) => new Date(Date.parse(T0) + days * 86_400_000 + hours * 3_600_000);

const attempt = (over: Partial<QuizAnswers> = {}): QuizAnswers => ({
  attemptId: 'a1',
  moduleId: '01-foundations',
  passed: true,
  at: T0,
  items: [
    { itemId: 'q1', score: 1 },
    { itemId: 'q2', score: 0 },
    { itemId: 'q3', score: 0.5 },
    { itemId: 'q4', score: 1 },
  ],
  ...over,
});

describe('which items enter the deck', () => {
  test('every item of a passed module enters, right or wrong', () => {
    const deck = syncDeck(emptyReviewState, [attempt()]);
    expect(Object.keys(deck.cards).sort()).toEqual(['01-foundations/q1', '01-foundations/q2', '01-foundations/q3', '01-foundations/q4']);
  });

  test('of a failed attempt only the items answered wrong enter; once passed, every item does', () => {
    const failed = attempt({ attemptId: 'f', passed: false, items: [{ itemId: 'q1', score: 1 }, { itemId: 'q2', score: 0 }] });
    const deck = syncDeck(emptyReviewState, [failed]);
    expect(Object.keys(deck.cards)).toEqual(['01-foundations/q2']);
    const later = syncDeck(deck, [failed, attempt({ attemptId: 'p', at: at(1).toISOString(), items: [{ itemId: 'q5', score: 1 }] })]);
    expect(Object.keys(later.cards).sort()).toEqual(['01-foundations/q2', '01-foundations/q5']);
  });

  test('an attempt is taken once, however often the deck is synced', () => {
    const once = syncDeck(emptyReviewState, [attempt()]);
    expect(syncDeck(once, [attempt()])).toBe(once);
  });

  test('the final assessment adds nothing; module attempts are read from the quiz store', () => {
    const base: QuizAttempt = { id: 'x', quizId: 'final', seed: 's', items: [{ itemId: '01-foundations/q1' }], answers: {}, score: 0, passed: false, startedAt: T0, endedAt: T0 };
    expect(quizAnswersOf(base, () => 0)).toBeUndefined();
    expect(quizAnswersOf({ ...base, quizId: '02-setting' }, () => 0.5)).toEqual({ attemptId: 'x', moduleId: '02-setting', passed: false, at: T0, items: [{ itemId: '01-foundations/q1', score: 0.5 }] });
  });
});

describe('how an answer moves the next review', () => {
  test('a wrong or partly right answer comes back the next day, a right one later', () => {
    const deck = syncDeck(emptyReviewState, [attempt()]);
    const days = (key: string) => Math.round((Date.parse(deck.cards[`01-foundations/${key}`]!.due) - Date.parse(T0)) / 86_400_000);
    expect(days('q2')).toBe(1);
    expect(days('q1')).toBeGreaterThan(1);
    expect(days('q3')).toBe(1);
  });

  test('answering right again pushes the review further out; a lapse brings it back sooner', () => {
    let deck = syncDeck(emptyReviewState, [attempt()]);
    const first = Date.parse(deck.cards['01-foundations/q1']!.due);
    deck = answerReview(deck, { id: 'r1', key: '01-foundations/q1', score: 1, at: deck.cards['01-foundations/q1']!.due });
    const second = Date.parse(deck.cards['01-foundations/q1']!.due);
    expect(second - first).toBeGreaterThan(first - Date.parse(T0));
    expect(deck.answers).toEqual([expect.objectContaining({ id: 'r1', correct: true, due: deck.cards['01-foundations/q1']!.due })]);
    const lapseAt = new Date(second).toISOString();
    deck = answerReview(deck, { id: 'r2', key: '01-foundations/q1', score: 0, at: lapseAt });
    expect(Date.parse(deck.cards['01-foundations/q1']!.due) - second).toBeLessThan(second - first);
    expect(deck.cards['01-foundations/q1']!.lapses).toBe(1);
  });

  test('the grades: right Good, partly right or wrong Again', () => {
    expect([gradeOf(1), gradeOf(0.75), gradeOf(0)]).toEqual([3, 1, 1]);
  });

  test('scheduling does not change the card it was given', () => {
    const card = scheduleAnswer(undefined, 'm', 'i', 1, T0);
    const copy = structuredClone(card);
    scheduleAnswer(card, 'm', 'i', 0, at(5).toISOString());
    expect(card).toEqual(copy);
  });
});

describe('what is due on a given day', () => {
  const deck = syncDeck(emptyReviewState, [attempt()]);

  test('nothing on the day of the quiz; the wrong item the next day, whatever the hour', () => {
    expect(dueCount(deck, at(0, 5))).toBe(0);
    expect(dueCards(deck, at(1, -8)).map((c) => c.itemId)).toContain('q2');
  });

  test('the next review date once nothing is due', () => {
    expect(nextReviewAt(deck, at(0, 1))).toBe(deck.cards['01-foundations/q2']!.due);
    expect(nextReviewAt(emptyReviewState, at(0))).toBeUndefined();
  });

  test('a session takes at most its limit, most overdue first, mixing modules', () => {
    const other = attempt({ attemptId: 'b', moduleId: '02-setting', items: [{ itemId: 'x1', score: 0 }, { itemId: 'x2', score: 0 }] });
    const both = syncDeck(emptyReviewState, [attempt(), other]);
    const session = dueCards(both, at(60), 3);
    expect(session).toHaveLength(3);
    expect(new Set(session.map((c) => c.moduleId)).size).toBe(2);
  });

  test('the streak counts days in a row with a review, up to today or yesterday', () => {
    const answers = [at(0), at(1), at(2, 3), at(4)].map((d) => ({ at: d.toISOString() }));
    expect(reviewStreak(answers, at(4))).toBe(1);
    expect(reviewStreak(answers, at(3))).toBe(3);
    expect(reviewStreak(answers, at(6))).toBe(0);
  });
});

describe('restoring the stored deck', () => {
  const state: ReviewState = answerReview(syncDeck(emptyReviewState, [attempt()]), { id: 'r', key: '01-foundations/q2', score: 1, at: at(1).toISOString() });
  const stored = (s: unknown, version = REVIEW_STATE_VERSION) => JSON.stringify({ state: s, version });

  test('a stored deck comes back as it was', () => {
    expect(restoreReviewState(stored(state))).toEqual({ state });
  });

  test('nothing stored is an empty deck; text that is not JSON or an unknown version is recovered', () => {
    expect(restoreReviewState(null)).toEqual({ state: emptyReviewState });
    expect(restoreReviewState('{oops')).toEqual({ state: emptyReviewState, recovered: 'corrupt' });
    expect(restoreReviewState(stored(state, 99))).toEqual({ state: emptyReviewState, recovered: 'unknownVersion' });
  });

  test('a damaged card is dropped and the rest kept, and the loss is reported', () => {
    const damaged = { ...state, cards: { ...state.cards, '01-foundations/q1': { ...state.cards['01-foundations/q1'], due: 'soon' } } };
    const restored = restoreReviewState(stored(damaged));
    expect(restored.recovered).toBe('invalidShape');
    expect(Object.keys(restored.state.cards)).toHaveLength(3);
    expect(restored.state.answers).toEqual(state.answers);
  });

  test('migration from before the deck existed: stored quiz attempts build the deck', () => {
    // A trainee who passed module 01 before review existed has no stored deck, only attempts.
    const restored = restoreReviewState(null);
    const migrated = syncDeck(restored.state, [attempt()]);
    expect(Object.keys(migrated.cards)).toHaveLength(4);
    expect(migrated.seededAttempts).toEqual(['a1']);
  });
});

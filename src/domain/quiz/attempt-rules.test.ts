import { expect, test } from 'vitest';
import { attemptItems, drawQuiz, FINAL_ITEM_COUNT, quizRules, scoreQuiz } from './attempt-rules';
import { allTypes } from './fixtures';
import { modelAnswer } from './model-answer';
import { effectiveAnswers } from './resolve';
import { FINAL_ASSESSMENT } from './results';
import { isPassed, scoreAttempt } from './score';
import type { Answer, QuizBank, QuizItem } from './types';

const bankOf = (prefix: string, drawCount = 8): QuizBank => ({
  passScore: 0.8,
  feedback: 'immediate',
  drawCount,
  items: [...allTypes, ...Array.from({ length: 10 }, (_, i): QuizItem => ({ ...allTypes[i % allTypes.length]!, id: `${prefix}-${i}` }) as QuizItem)],
});
const banks: Record<string, QuizBank> = { '01-a': bankOf('a'), '02-b': bankOf('b'), '03-c': { ...bankOf('c', 5), passScore: 0.6 } };

/** What the quiz page does from the click on Start to the result: draw, answer, score. */
function pageAttempt(quizId: string, seed: string, answer: (item: QuizItem, n: number) => Answer | undefined) {
  const items = attemptItems(quizId, banks, drawQuiz(quizId, banks, seed));
  const given: Record<string, Answer> = {};
  items.forEach((entry, n) => {
    const a = answer(entry.item, n);
    if (a) given[entry.key] = a;
  });
  const answers = effectiveAnswers(items, given);
  const scored = scoreAttempt(
    items.map((i) => i.item),
    answers,
  );
  return { answers, score: scored.score, passed: isPassed(scored.score, quizRules(quizId, banks)!.passScore) };
}

test('the server scores what the page scored: same seed, same items, same score and verdict', () => {
  const answerers = [
    (item: QuizItem) => modelAnswer(item),
    (item: QuizItem, n: number) => (n % 3 === 0 ? undefined : modelAnswer(item)),
    () => undefined,
    (item: QuizItem, n: number) => (n % 2 ? modelAnswer(item) : ({ type: 'truefalse', value: true } as Answer)),
  ];
  for (const quizId of ['01-a', '03-c', FINAL_ASSESSMENT])
    for (let s = 0; s < 20; s++)
      for (const answer of answerers) {
        const seed = `seed-${s}`;
        const page = pageAttempt(quizId, seed, answer);
        const server = scoreQuiz(quizId, banks, seed, JSON.parse(JSON.stringify(page.answers)) as Record<string, unknown>)!;
        expect(server.score, `${quizId} ${seed}`).toBeCloseTo(page.score, 12);
        expect(server.passed).toBe(page.passed);
      }
});

test('all right passes, nothing given fails; the final draws 30 across the banks', () => {
  const seed = 'b0c5c7a4-0f0e-4b7a-9d1e-000000000001';
  const final = drawQuiz(FINAL_ASSESSMENT, banks, seed);
  expect(final).toHaveLength(FINAL_ITEM_COUNT);
  expect(new Set(final.map((d) => d.itemId.split('/')[0]))).toEqual(new Set(Object.keys(banks)));
  const right = Object.fromEntries(attemptItems(FINAL_ASSESSMENT, banks, final).map((i) => [i.key, modelAnswer(i.item)]));
  expect(scoreQuiz(FINAL_ASSESSMENT, banks, seed, right)).toMatchObject({ score: 1, passed: true, max: FINAL_ITEM_COUNT });
  expect(scoreQuiz(FINAL_ASSESSMENT, banks, seed, {})).toMatchObject({ passed: false });
});

test('answers are scored against the draw of the seed given, not the one the page claims', () => {
  const items = attemptItems('01-a', banks, drawQuiz('01-a', banks, 'one'));
  const right = Object.fromEntries(items.map((i) => [i.key, modelAnswer(i.item)]));
  // Every item answered right under another seed: the items the server draws overlap only in part.
  const other = scoreQuiz('01-a', banks, 'another', right)!;
  expect(scoreQuiz('01-a', banks, 'one', right)!.score).toBe(1);
  expect(other.items.map((i) => i.key)).not.toEqual(items.map((i) => i.key));
});

test('answers to items not drawn and malformed answers earn nothing; the call never throws', () => {
  const scored = scoreQuiz('01-a', banks, 's', { 'not-drawn': { type: 'single', optionId: 'b' }, single: 'yes', multiple: { type: 'multiple', optionIds: 'ab' }, __proto__: 1 })!;
  expect(scored.points).toBeLessThanOrEqual(1);
  expect(Object.keys(scored.answers)).not.toContain('not-drawn');
  expect(scoreQuiz('09-none', banks, 's', {})).toBeUndefined();
  expect(scoreQuiz('toString', banks, 's', {})).toBeUndefined();
});

test('rules: a module quiz from its bank, the final across all, none for an unknown id', () => {
  expect(quizRules('03-c', banks)).toEqual({ quizId: '03-c', count: 5, passScore: 0.6, feedback: 'immediate' });
  expect(quizRules(FINAL_ASSESSMENT, banks)).toEqual({ quizId: FINAL_ASSESSMENT, count: 30, passScore: 0.8, feedback: 'end' });
  expect(quizRules(FINAL_ASSESSMENT, {})).toBeUndefined();
  expect(drawQuiz('nope', banks, 's')).toEqual([]);
});

test('every item type has a model answer that scores 1', () => {
  for (const item of allTypes) expect(scoreAttempt([item], { [item.id]: modelAnswer(item) }).score, item.type).toBe(1);
});

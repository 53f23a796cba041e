import { describe, expect, test } from 'vitest';
import { activityIds } from '../xapi/activities';
import { buildStatement, type Statement } from '../xapi/statements';
import { applyStatement } from '../records/module-progress';
import { completionFromRecords } from '../certificate/completion';
import { deckFromStatements, overdueCards, overdueOf, retentionByModule, reviewSummary } from './records';
import { followUpStatement, isReviewStatement, REVIEW_EXTENSION, reviewStatement } from './statements';

const course = 'https://example.com/course';
const a = activityIds(course);
const trainee = { name: 'Li', employeeId: 'E1', homePage: 'https://example.com' };
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const passed = (moduleId: string, at: string) =>
  buildStatement({ id: id(), trainee, verb: 'passed', object: { id: a.quiz(moduleId), type: 'assessment' }, result: { scaled: 0.8, success: true }, timestamp: at, courseIri: course });
const quizItem = (moduleId: string, itemId: string, score: number, at: string) =>
  buildStatement({ id: id(), trainee, verb: 'answered', object: { id: a.quizItem(moduleId, itemId), type: 'interaction' }, result: { scaled: score, success: score >= 1 }, timestamp: at, courseIri: course });
const review = (moduleId: string, itemId: string, correct: boolean, at: string) =>
  reviewStatement({ id: id(), trainee, courseIri: course, answer: { id: 'r', key: `${moduleId}/${itemId}`, at, score: correct ? 1 : 0, correct, due: day(400), response: 'b' } });

describe('review statements', () => {
  test('an answer is the item answered under the review activity, marked with the review extension', () => {
    const s = review('01-foundations', 'q1', true, day(3));
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(s.object.id).toBe(a.quizItem('01-foundations', 'q1'));
    expect(s.context?.contextActivities?.parent).toEqual([{ id: a.review(), objectType: 'Activity' }]);
    expect(s.context?.extensions).toEqual({ [REVIEW_EXTENSION]: { due: day(400) } });
    expect(isReviewStatement(s)).toBe(true);
    expect(isReviewStatement(quizItem('01-foundations', 'q1', 1, day(0)))).toBe(false);
  });

  test('a check-in is a statement of its own with the action-plan answers', () => {
    const s = followUpStatement({ id: id(), trainee, courseIri: course, record: { id: 'two-weeks', at: day(14), score: 0.5, items: 6, answers: { targetsFinal: 'done', note: 'ok, [fine]' } } });
    expect(s.object.id).toBe(a.followUp('two-weeks'));
    expect(s.result).toEqual({ score: { scaled: 0.5 }, completion: true, response: 'targetsFinal=done[,]note=ok   fine ' });
    expect(s.context?.extensions?.[REVIEW_EXTENSION]).toEqual({ followUp: 'two-weeks', answers: { targetsFinal: 'done', note: 'ok, [fine]' } });
  });
});

describe('reviews never count toward completion or certificates', () => {
  test('the progress fold ignores review answers', () => {
    expect(applyStatement(undefined, review('01-foundations', 'q1', true, day(3)), course)).toBeUndefined();
    expect(applyStatement(undefined, quizItem('01-foundations', 'q1', 1, day(3)), course)).toBeDefined();
  });

  test('the certificate rule ignores them, even one shaped like a pass', () => {
    const modules = [{ id: '01-foundations', hasQuiz: true, title: { en: 'x' } }];
    const fakePass: Statement = { ...passed('01-foundations', day(2)), context: { extensions: { [REVIEW_EXTENSION]: {} } } };
    const read = buildStatement({ id: id(), trainee, verb: 'completed', object: { id: a.module('01-foundations'), type: 'module' }, timestamp: day(1), courseIri: course });
    const final = buildStatement({ id: id(), trainee, verb: 'passed', object: { id: a.final(), type: 'assessment' }, result: { scaled: 0.9 }, timestamp: day(3), courseIri: course });
    const progress = { '01-foundations': { read: true, passed: true, bestScore: 1, attempts: 1, timeSpentMs: 0, firstActivity: day(0), lastActivity: day(1) } };
    const withReviews = completionFromRecords({ modules, progress, courseIri: course, statements: [read, fakePass, review('01-foundations', 'q1', true, day(2)), final] });
    const without = completionFromRecords({ modules, progress, courseIri: course, statements: [read, final] });
    expect(withReviews).toEqual(without);
    expect(applyStatement(undefined, fakePass, course)).toBeUndefined();
  });
});

describe('retention and overdue reviews for HR', () => {
  test('retention counts review answers 30 or more days after the module was passed', () => {
    const one = [passed('01-foundations', day(0)), review('01-foundations', 'q1', true, day(10)), review('01-foundations', 'q1', true, day(30)), review('01-foundations', 'q2', false, day(31))];
    const two = [passed('01-foundations', day(5)), review('01-foundations', 'q1', true, day(40)), quizItem('01-foundations', 'q3', 1, day(45))];
    expect(retentionByModule([one, two], course)).toEqual({ '01-foundations': { answered: 3, right: 2, share: 2 / 3 } });
  });

  test('the server rebuilds the deck from statements and finds what is overdue', () => {
    const statements = [quizItem('01-foundations', 'q1', 1, day(0)), quizItem('01-foundations', 'q2', 0, day(0)), passed('01-foundations', day(0))];
    const cards = deckFromStatements(statements, course);
    expect(Object.keys(cards).sort()).toEqual(['01-foundations/q1', '01-foundations/q2']);
    expect(overdueCards(cards, new Date(day(1)))).toEqual([]);
    expect(overdueCards(cards, new Date(day(3))).map((c) => c.itemId)).toEqual(['q2']);
    const reviewed = deckFromStatements([...statements, review('01-foundations', 'q2', true, day(2))], course);
    expect(Date.parse(reviewed['01-foundations/q2']!.due)).toBeGreaterThan(Date.parse(day(3)));
  });

  test('before a pass, only items answered wrong enter the server\'s deck', () => {
    const cards = deckFromStatements([quizItem('02-setting', 'x1', 1, day(0)), quizItem('02-setting', 'x2', 0, day(0))], course);
    expect(Object.keys(cards)).toEqual(['02-setting/x2']);
  });
});

describe('a trainee’s review summary', () => {
  test('keeps what the report reads of their deck and their retention, and gives the same overdue reviews as the deck itself', () => {
    const statements = [
      passed('01-foundations', day(0)),
      quizItem('01-foundations', 'q1', 1, day(0)),
      quizItem('01-foundations', 'q2', 0, day(0)),
      quizItem('02-setting', 'q9', 0, day(1)),
      review('01-foundations', 'q1', true, day(40)),
      review('01-foundations', 'q2', false, day(41)),
      review('01-foundations', 'q1', true, day(5)),
    ];
    const summary = reviewSummary(statements, course);
    const deck = deckFromStatements(statements, course);
    expect(summary.due).toEqual(Object.values(deck).map((c) => c.due).sort());
    expect(summary.retention).toEqual({ '01-foundations': { answered: 2, right: 1 } });
    for (const at of [day(2), day(60), day(400), day(2000)]) {
      const late = overdueCards(deck, new Date(at));
      expect(overdueOf(summary, new Date(at))).toEqual(late.length ? { items: late.length, since: late[0]!.due } : undefined);
    }
    expect(overdueOf(summary, new Date(day(2000)))?.items).toBe(3);
  });

  test('an answer on an item id with malformed escapes is left out, not thrown on', () => {
    const hostile = { ...quizItem('01-foundations', 'q1', 0, day(1)), object: { id: `${a.quizItem('01-foundations', 'q1').slice(0, -2)}%E0%A4%A`, objectType: 'Activity' as const } };
    expect(reviewSummary([passed('01-foundations', day(0)), hostile], course)).toEqual({ due: [], retention: {} });
  });
});

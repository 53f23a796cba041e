import { describe, expect, test } from 'vitest';
import { activityIds } from './activities';
import { courseSatisfied, moduleSatisfied } from './completion';
import { isIsoDuration, isoDuration } from './duration';
import { buildStatement, quizStatements, type Trainee } from './statements';
import { statementProblems } from './validate';
import { DEFAULT_COURSE_IRI, VERBS } from './vocabulary';
import { answerResponse } from './response';

const trainee: Trainee = { name: '李娜', employeeId: 'E1024', homePage: 'https://hr.example.com' };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NOW = '2026-11-27T08:00:00.000Z';

test('a slide read is an "experienced" statement with an account actor, inside the course', () => {
  const a = activityIds();
  const s = buildStatement({ id: uuid(1), trainee, verb: 'experienced', object: { id: a.slide('01-foundations', 'smart-criteria'), type: 'lesson' }, parent: a.module('01-foundations'), timestamp: NOW });
  expect(s.actor).toEqual({ objectType: 'Agent', name: '李娜', account: { homePage: 'https://hr.example.com', name: 'E1024' } });
  expect(s.verb.id).toBe(VERBS.experienced);
  expect(s.object.id).toBe(`${DEFAULT_COURSE_IRI}/modules/01-foundations/slides/smart-criteria`);
  expect(s.context?.contextActivities).toEqual({
    parent: [{ id: `${DEFAULT_COURSE_IRI}/modules/01-foundations`, objectType: 'Activity' }],
    grouping: [{ id: DEFAULT_COURSE_IRI, objectType: 'Activity' }],
  });
  expect(statementProblems(s)).toEqual([]);
});

test('a quiz attempt: each item answered, then passed with a scaled score and a duration', () => {
  const list = quizStatements({
    ids: [uuid(1), uuid(2), uuid(3)],
    trainee,
    moduleId: '03-execution',
    items: [
      { itemId: 'leads-for-target', score: 1, response: '625' },
      { itemId: 'funnel-stages-order', score: 0.9, response: 'lead[,]contact' },
    ],
    scaled: 0.95,
    passed: true,
    durationMs: 330_500,
    timestamp: NOW,
    registration: uuid(9),
  });
  expect(list.map((s) => s.verb.id)).toEqual([VERBS.answered, VERBS.answered, VERBS.passed]);
  expect(list[2]!.result).toEqual({ score: { scaled: 0.95 }, success: true, completion: true, duration: 'PT5M30.5S' });
  expect(list[1]!.result!.success).toBe(false);
  for (const s of list) expect(statementProblems(s)).toEqual([]);
});

test('scores are kept within −1…1 and rounded', () => {
  const s = buildStatement({ id: uuid(1), trainee, verb: 'failed', object: { id: activityIds().final(), type: 'assessment' }, result: { scaled: 1.7 }, timestamp: NOW });
  expect(s.result!.score!.scaled).toBe(1);
});

describe('the xAPI rules are checked', () => {
  const good = buildStatement({ id: uuid(1), trainee, verb: 'completed', object: { id: activityIds().module('01-foundations'), type: 'module' }, timestamp: NOW });
  test.each([
    ['a non-UUID id', { ...good, id: '42' }, 'id: must be a UUID'],
    ['two identifiers', { ...good, actor: { ...good.actor, mbox: 'mailto:a@b.c' } }, 'actor: an Agent has exactly one of mbox, mbox_sha1sum, openid or account'],
    ['no identifier', { ...good, actor: { objectType: 'Agent', name: 'x' } }, 'actor: an Agent has exactly one of mbox, mbox_sha1sum, openid or account'],
    ['a verb that is not an IRI', { ...good, verb: { id: 'completed', display: {} } }, 'verb.id: must be an IRI'],
    ['an object id that is not an IRI', { ...good, object: { objectType: 'Activity', id: 'module 1' } }, 'object.id: must be an IRI'],
    ['a scaled score above 1', { ...good, result: { score: { scaled: 1.2 } } }, 'result.score.scaled: must lie between -1 and 1'],
    ['a raw score outside min/max', { ...good, result: { score: { scaled: 0.5, raw: 12, min: 0, max: 10 } } }, 'result.score.raw: must lie between min and max'],
    ['a duration in seconds', { ...good, result: { duration: '330' } }, 'result.duration: must be an ISO 8601 duration (weeks stand alone)'],
    ['a registration that is not a UUID', { ...good, context: { registration: 'abc' } }, 'context.registration: must be a UUID'],
    ['a timestamp with the unknown offset -00:00', { ...good, timestamp: '2026-11-27T08:00:00-00:00' }, 'timestamp: must be an ISO 8601 date and time'],
  ])('%s', (_n, statement, problem) => expect(statementProblems(statement)).toContain(problem));
});

test('durations', () => {
  expect(isoDuration(0)).toBe('PT0S');
  expect(isoDuration(61_000)).toBe('PT1M1S');
  expect(isoDuration(3_600_000)).toBe('PT1H');
  expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  expect(isoDuration(-5)).toBe('PT0S');
  for (const d of ['PT0S', 'PT1H2M3.45S', 'P1D', 'PT5M']) expect(isIsoDuration(d)).toBe(true);
  for (const d of ['PT', 'P', '5M', 'PT1.5']) expect(isIsoDuration(d)).toBe(false);
});

test('completion: read and passed per module (read alone without a quiz); the course when all are', () => {
  expect(moduleSatisfied({ read: true, hasQuiz: true, passed: true })).toBe(true);
  expect(moduleSatisfied({ read: true, hasQuiz: true, passed: false })).toBe(false);
  expect(moduleSatisfied({ read: false, hasQuiz: true, passed: true })).toBe(false);
  expect(moduleSatisfied({ read: true, hasQuiz: false, passed: false })).toBe(true);
  const done = { read: true, hasQuiz: true, passed: true };
  expect(courseSatisfied(Array(9).fill(done))).toBe(true);
  expect(courseSatisfied([...Array(8).fill(done), { ...done, passed: false }])).toBe(false);
  expect(courseSatisfied([])).toBe(false);
});

test('answers become cmi.interaction responses', () => {
  expect(answerResponse({ type: 'single', optionId: 'b' })).toBe('b');
  expect(answerResponse({ type: 'multiple', optionIds: ['a', 'c'] })).toBe('a[,]c');
  expect(answerResponse({ type: 'truefalse', value: false })).toBe('false');
  expect(answerResponse({ type: 'ordering', order: ['lead', 'contact'] })).toBe('lead[,]contact');
  expect(answerResponse({ type: 'matching', matches: { s: 'specific', m: 'measurable' } })).toBe('s[.]specific[,]m[.]measurable');
  expect(answerResponse({ type: 'numeric', value: 625 })).toBe('625');
  expect(answerResponse(undefined)).toBe('');
});

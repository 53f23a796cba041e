import { expect, test } from 'vitest';
import type { QuizAttempt, QuizBank } from '../../domain';
import { attemptInteractions, scorm12Interaction, scorm2004Interaction } from './interactions';
import { finalFailedForGood, lmsObjectives, scorm12Objective, scorm2004Objective, type LmsObjective } from './objectives';
import type { LmsReport } from './scorm';

const text = (s: string) => ({ 'zh-CN': s, en: s });
const bank: QuizBank = {
  passScore: 0.8,
  feedback: 'end',
  drawCount: 5,
  items: [
    { id: 'one', slide: 's1', type: 'single', shuffle: true, prompt: text('?'), explanation: text('.'), options: [{ id: 'a', text: text('A'), correct: false }, { id: 'b', text: text('B'), correct: true }] },
    { id: 'many', slide: 's1', type: 'multiple', shuffle: true, prompt: text('?'), explanation: text('.'), options: [{ id: 'a', text: text('A'), correct: true }, { id: 'b', text: text('B'), correct: true }, { id: 'c', text: text('C'), correct: false }] },
    { id: 'tf', slide: 's1', type: 'truefalse', answer: false, prompt: text('?'), explanation: text('.') },
    { id: 'seq', slide: 's2', type: 'ordering', entries: [{ id: 'x', text: text('X') }, { id: 'y', text: text('Y') }], prompt: text('?'), explanation: text('.') },
    { id: 'pairs', slide: 's2', type: 'matching', pairs: [{ id: 'p', left: text('L'), right: text('R') }, { id: 'q', left: text('L2'), right: text('R2') }], prompt: text('?'), explanation: text('.') },
    { id: 'num', slide: 's2', type: 'numeric', answer: 120, tolerance: 5, prompt: text('?'), explanation: text('.') },
  ],
};
const attempt: QuizAttempt = {
  id: 'att-1',
  quizId: '01-foundations',
  seed: 's',
  items: [{ itemId: 'one' }, { itemId: 'many' }, { itemId: 'tf' }, { itemId: 'seq', order: ['y', 'x'] }, { itemId: 'pairs' }, { itemId: 'num' }],
  answers: { one: { type: 'single', optionId: 'b' }, many: { type: 'multiple', optionIds: ['a', 'c'] }, tf: { type: 'truefalse', value: true }, pairs: { type: 'matching', matches: { p: 'p', q: 'q' } } },
  score: 0.5,
  passed: false,
  startedAt: '2026-12-04T09:58:00.000Z',
  endedAt: '2026-12-04T10:00:00.456Z',
};

test('each answer becomes an interaction with its type, response, correct response and result', () => {
  const list = attemptInteractions(attempt, { '01-foundations': bank });
  expect(list.map((i) => [i.type, i.result])).toEqual([
    ['choice', 'correct'],
    ['choice', 'wrong'],
    ['true-false', 'wrong'],
    ['sequencing', 'wrong'],
    ['matching', 'correct'],
    ['numeric', 'wrong'],
  ]);
  expect(list[0]!.id).toBe('01-foundations.att-1.one');
  expect(list[3]!.response).toEqual(['y', 'x']);
  expect(list[5]!.response).toBeNull();
});

test('SCORM 2004 formats: [,] [.] [:], incorrect, an ISO timestamp, the module as objective', () => {
  const list = attemptInteractions(attempt, { '01-foundations': bank });
  const all = list.map((i, n) => Object.fromEntries(scorm2004Interaction(i, n)));
  expect(all[1]).toMatchObject({ 'cmi.interactions.1.type': 'choice', 'cmi.interactions.1.learner_response': 'a[,]c', 'cmi.interactions.1.correct_responses.0.pattern': 'a[,]b', 'cmi.interactions.1.result': 'incorrect' });
  expect(all[2]).toMatchObject({ 'cmi.interactions.2.learner_response': 'true', 'cmi.interactions.2.correct_responses.0.pattern': 'false' });
  expect(all[4]).toMatchObject({ 'cmi.interactions.4.learner_response': 'p[.]p[,]q[.]q', 'cmi.interactions.4.result': 'correct' });
  expect(all[5]).toMatchObject({ 'cmi.interactions.5.correct_responses.0.pattern': '115[:]125', 'cmi.interactions.5.timestamp': '2026-12-04T10:00:00.45Z', 'cmi.interactions.5.objectives.0.id': '01-foundations' });
  expect(all[5]!['cmi.interactions.5.learner_response']).toBeUndefined();
});

test('SCORM 1.2 formats: commas, t/f, wrong, a time of day, identifiers of plain ASCII', () => {
  const list = attemptInteractions({ ...attempt, quizId: 'final', items: [{ itemId: '01-foundations/tf' }, { itemId: '01-foundations/many' }], answers: { '01-foundations/tf': { type: 'truefalse', value: false }, '01-foundations/many': { type: 'multiple', optionIds: ['a'] } } }, { '01-foundations': bank });
  const [tf, many] = list.map((i, n) => Object.fromEntries(scorm12Interaction(i, n)));
  expect(tf).toMatchObject({ 'cmi.interactions.0.id': 'final.att-1.01-foundations_tf', 'cmi.interactions.0.type': 'true-false', 'cmi.interactions.0.student_response': 'f', 'cmi.interactions.0.correct_responses.0.pattern': 'f', 'cmi.interactions.0.result': 'correct', 'cmi.interactions.0.objectives.0.id': '01-foundations' });
  expect(tf!['cmi.interactions.0.time']).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  expect(many).toMatchObject({ 'cmi.interactions.1.student_response': 'a', 'cmi.interactions.1.correct_responses.0.pattern': 'a,b', 'cmi.interactions.1.result': '0.5' });
});

test('SCORM 1.2 names choices, entries and matched pairs by one character each, in the content\'s order', () => {
  const real: QuizBank = {
    ...bank,
    items: [
      { id: 'pick', slide: 's1', type: 'multiple', shuffle: true, prompt: text('?'), explanation: text('.'), options: [{ id: 'show-progress', text: text('A'), correct: true }, { id: 'hide-gaps', text: text('B'), correct: false }, { id: 'units.units', text: text('C'), correct: true }] },
      { id: 'order', slide: 's2', type: 'ordering', entries: [{ id: 'annual', text: text('X') }, { id: 'quarterly', text: text('Y') }, { id: 'monthly', text: text('Z') }], prompt: text('?'), explanation: text('.') },
      { id: 'match', slide: 's2', type: 'matching', pairs: [{ id: 'specific', left: text('L'), right: text('R') }, { id: 'timed', left: text('L2'), right: text('R2') }], prompt: text('?'), explanation: text('.') },
    ],
  };
  const answered: QuizAttempt = {
    ...attempt,
    items: [{ itemId: 'pick' }, { itemId: 'order', order: ['monthly', 'annual', 'quarterly'] }, { itemId: 'match' }],
    answers: { pick: { type: 'multiple', optionIds: ['units.units', 'hide-gaps'] }, order: { type: 'ordering', order: ['monthly', 'quarterly', 'annual'] }, match: { type: 'matching', matches: { specific: 'timed', timed: 'specific' } } },
  };
  const [pick, order, match] = attemptInteractions(answered, { '01-foundations': real }).map((i, n) => Object.fromEntries(scorm12Interaction(i, n)));
  expect(pick).toMatchObject({ 'cmi.interactions.0.student_response': 'c,b', 'cmi.interactions.0.correct_responses.0.pattern': 'a,c' });
  expect(order).toMatchObject({ 'cmi.interactions.1.student_response': 'c,b,a', 'cmi.interactions.1.correct_responses.0.pattern': 'a,b,c' });
  expect(match).toMatchObject({ 'cmi.interactions.2.student_response': 'a.b,b.a', 'cmi.interactions.2.correct_responses.0.pattern': 'a.a,b.b' });
  for (const [key, value] of [...Object.entries(pick!), ...Object.entries(order!), ...Object.entries(match!)])
    if (/response|pattern/.test(key)) expect(value, key).toMatch(/^[0-9a-z](?:[.,][0-9a-z])*$/);
});

test('modules as objectives: reading, verdict and best score; the final failed for good only with every attempt used', () => {
  const outline = [
    { id: '01-foundations', slideIds: ['s1', 's2'], hasQuiz: true },
    { id: '00-intro', slideIds: ['i1'], hasQuiz: false },
  ];
  const progress = { modules: { '01-foundations': { seen: { s1: 'x' } }, '00-intro': { seen: { i1: 'x' } } } } as never;
  const [m1, m0, final] = lmsObjectives(outline, progress, [attempt]);
  expect(m1).toEqual({ id: '01-foundations', completion: 'incomplete', success: 'failed', scaled: 0.5, progress: 0.5 });
  expect(m0).toMatchObject({ completion: 'completed', success: 'unknown', scaled: null });
  expect(final).toMatchObject({ id: 'final', success: 'unknown', completion: 'not attempted' });
  expect(Object.fromEntries(scorm12Objective(m1!, 0))).toEqual({ 'cmi.objectives.0.id': '01-foundations', 'cmi.objectives.0.status': 'failed', 'cmi.objectives.0.score.raw': '50', 'cmi.objectives.0.score.min': '0', 'cmi.objectives.0.score.max': '100' });
  expect(Object.fromEntries(scorm12Objective(m0!, 1))['cmi.objectives.1.status']).toBe('completed');
  expect(Object.fromEntries(scorm2004Objective(m1!, 0))).toMatchObject({ 'cmi.objectives.0.completion_status': 'incomplete', 'cmi.objectives.0.progress_measure': '0.5', 'cmi.objectives.0.score.scaled': '0.5' });

  const finalFail = { ...attempt, quizId: 'final' };
  expect(finalFailedForGood([finalFail, finalFail], 3)).toBe(false);
  expect(finalFailedForGood([finalFail, finalFail, finalFail], 3)).toBe(true);
  expect(finalFailedForGood([finalFail, finalFail, { ...finalFail, passed: true }], 3)).toBe(false);
  expect(finalFailedForGood([finalFail, finalFail, finalFail], 0)).toBe(false);
});

test('a cmi5 AU of one module moves on with that module alone; the final AU with the final; the course AU with the course', async () => {
  const { auOutcome } = await import('./cmi5');
  const objective = (id: string, o: Partial<LmsObjective>) => ({ id, completion: 'not attempted', success: 'unknown', scaled: null, progress: 0, ...o }) as const;
  const report = {
    completed: false,
    passed: false,
    scaled: 0.9,
    progressMeasure: 0.1,
    failed: false,
    interactions: [],
    objectives: [
      objective('00-intro', { completion: 'completed', progress: 1 }),
      objective('01-foundations', { completion: 'completed', success: 'passed', scaled: 0.9, progress: 1 }),
      objective('02-setting', { completion: 'incomplete', progress: 0.5 }),
      objective('final', {}),
    ],
  } as LmsReport;
  expect(auOutcome(report, '00-intro')).toEqual({ completed: true, passed: false, scaled: null, hasQuiz: false });
  expect(auOutcome(report, '01-foundations')).toEqual({ completed: true, passed: true, scaled: 0.9, hasQuiz: true });
  expect(auOutcome(report, '02-setting')).toMatchObject({ completed: false, passed: false });
  expect(auOutcome(report, 'final')).toEqual({ completed: false, passed: false, scaled: null, hasQuiz: true });
  expect(auOutcome(report, null)).toEqual({ completed: false, passed: false, scaled: 0.9, hasQuiz: true });
});

import { describe, expect, test } from 'vitest';
import { FINAL_ASSESSMENT } from '../quiz/results';
import { activityIds } from '../xapi/activities';
import { buildStatement, quizStatements, type Trainee } from '../xapi/statements';
import { criterionStats, endingStats, itemAnalysis, type AnalyzedAttempt } from './item-analysis';
import { practiceSummary, practiceTotals } from './practice-summary';

const a = activityIds();
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const li: Trainee = { name: '李娜', employeeId: 'E1001', homePage: 'https://example.com/employees' };
const wang: Trainee = { name: '王伟', employeeId: 'E1002', homePage: 'https://example.com/employees' };

type Item = { itemId: string; score: number; response: string };
const quiz = (trainee: Trainee, moduleId: string, items: Item[], timestamp: string, registration = 'r1') =>
  quizStatements({ ids: items.map(id).concat(id()), trainee, moduleId, items, scaled: 0, passed: false, durationMs: 1000, timestamp, registration });
const smart = (trainee: Trainee, verdicts: Record<string, string>) =>
  buildStatement({ id: id(), trainee, verb: 'answered', object: { id: a.smart(), type: 'interaction' }, result: { extensions: { [a.smartVerdicts()]: verdicts } }, timestamp: '2026-11-03T10:00:00Z' });
const roleplay = (trainee: Trainee, roleplayId: string, ending: string) =>
  buildStatement({ id: id(), trainee, verb: 'completed', object: { id: a.roleplay(roleplayId), type: 'simulation' }, result: { response: ending }, timestamp: '2026-11-03T11:00:00Z' });

const items = (...scores: [string, number, string][]): Item[] => scores.map(([itemId, score, response]) => ({ itemId, score, response }));

describe('a learner’s practice summary', () => {
  const liStatements = [
    ...quiz(li, '01-foundations', items(['q1', 1, 'a'], ['q2', 0, 'b[,]c'], ['q10', 1, 'a']), '2026-11-02T09:00:00Z'),
    ...quiz(li, '01-foundations', items(['q1', 1, 'a'], ['q2', 1, 'a'], ['q10', 1, 'a']), '2026-11-02T10:00:00Z'),
    smart(li, { specific: 'met', measurable: 'unmet', achievable: 'met', relevant: 'met', timeBound: 'unclear' }),
    roleplay(li, 'price-objection', 'won'),
  ];
  const wangStatements = [
    ...quiz(wang, '01-foundations', items(['q1', 0, 'b'], ['q2', 0, 'c'], ['q10', 1, 'a']), '2026-11-02T09:30:00Z'),
    ...quiz(wang, '02-setting', items(['q1', 0.5, 'x']), '2026-11-02T09:40:00Z'),
    // A review of an item, under the review activity: no attempt of the quiz.
    buildStatement({ id: id(), trainee: wang, verb: 'answered', object: { id: a.quizItem('01-foundations', 'q1'), type: 'interaction' }, parent: a.review(), result: { scaled: 1, response: 'a' }, timestamp: '2026-11-20T09:00:00Z' }),
    smart(wang, { specific: 'unmet', measurable: 'met' }),
    roleplay(wang, 'price-objection', 'lost'),
    roleplay(wang, 'price-objection', 'bogus'),
  ];

  test('adds up across learners to what the item analysis of everyone’s attempts gives', () => {
    const attempts: AnalyzedAttempt[] = [
      { quizId: '01-foundations', items: items(['q1', 1, 'a'], ['q2', 0, 'b[,]c'], ['q10', 1, 'a']) },
      { quizId: '01-foundations', items: items(['q1', 1, 'a'], ['q2', 1, 'a'], ['q10', 1, 'a']) },
      { quizId: '01-foundations', items: items(['q1', 0, 'b'], ['q2', 0, 'c'], ['q10', 1, 'a']) },
      { quizId: '02-setting', items: items(['q1', 0.5, 'x']) },
    ];
    const totals = practiceTotals();
    totals.add(practiceSummary(liStatements, a.course));
    totals.add(JSON.parse(JSON.stringify(practiceSummary(wangStatements, a.course))));
    const report = totals.report({ quizzes: ['01-foundations', '02-setting'] });
    const expected = itemAnalysis(attempts);
    expect(report.items.map((i) => [i.quizId, i.itemId])).toEqual([
      ['01-foundations', 'q1'],
      ['01-foundations', 'q2'],
      ['01-foundations', 'q10'],
      ['02-setting', 'q1'],
    ]);
    for (const item of report.items) {
      const same = expected.find((e) => e.quizId === item.quizId && e.itemId === item.itemId)!;
      expect(item).toMatchObject({ attempts: same.attempts, options: same.options, flags: same.flags });
      expect(item.facility).toBeCloseTo(same.facility, 12);
      if (same.discrimination === null) expect(item.discrimination).toBeNull();
      else expect(item.discrimination).toBeCloseTo(same.discrimination, 12);
    }
    expect(report.criteria).toEqual(
      criterionStats([
        { specific: 'met', measurable: 'unmet', achievable: 'met', relevant: 'met', timeBound: 'unclear' },
        { specific: 'unmet', measurable: 'met' },
      ]),
    );
    expect(report.endings).toEqual(endingStats([{ roleplayId: 'price-objection', ending: 'won' }, { roleplayId: 'price-objection', ending: 'lost' }]));
  });

  test('takes the final assessment’s answers, and lists it after the modules', () => {
    const final = quizStatements({ ids: [id(), id()], trainee: li, moduleId: 'x', items: items(['f1', 1, 'a']), scaled: 1, passed: true, durationMs: 1, timestamp: '2026-11-05T09:00:00Z' }).map((s) =>
      s.verb.id.endsWith('answered') ? { ...s, object: { ...s.object, id: `${a.final()}/items/f1` }, context: { contextActivities: { parent: [{ id: a.final(), objectType: 'Activity' as const }] } } } : s,
    );
    const totals = practiceTotals();
    totals.add(practiceSummary([...final, ...liStatements], a.course));
    expect(totals.report({ quizzes: ['01-foundations'] }).items.map((i) => [i.quizId, i.itemId])).toEqual([
      ['01-foundations', 'q1'],
      ['01-foundations', 'q2'],
      ['01-foundations', 'q10'],
      [FINAL_ASSESSMENT, 'f1'],
    ]);
  });

  test('lists a quiz’s items as its bank does, any other after them, and each item’s options most chosen first', () => {
    const totals = practiceTotals();
    totals.add(practiceSummary(liStatements, a.course));
    totals.add(practiceSummary(wangStatements, a.course));
    const report = totals.report({ quizzes: ['01-foundations', '02-setting'], items: { '01-foundations': ['q10', 'q1'] } });
    expect(report.items.map((i) => `${i.quizId}/${i.itemId}`)).toEqual(['01-foundations/q10', '01-foundations/q1', '01-foundations/q2', '02-setting/q1']);
    // q2: b and c once each (li's first attempt chose both), a once, c once more: c, then a and b by id.
    expect(Object.entries(report.items[2]!.options)).toEqual([
      ['c', 2],
      ['a', 1],
      ['b', 1],
    ]);
  });

  test('is empty for a learner who never answered a quiz, saved a goal or finished a role-play', () => {
    const slide = buildStatement({ id: id(), trainee: li, verb: 'experienced', object: { id: a.slide('01-foundations', 's1'), type: 'lesson' }, timestamp: '2026-11-02T09:00:00Z' });
    expect(practiceSummary([slide, {}], a.course)).toEqual({ items: [], goals: {}, endings: {} });
  });
});

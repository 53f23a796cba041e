import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activityIds, buildStatement, DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE, quizStatements, type Statement } from '../../src/domain';
import { itemReport } from '../../src/server/hr/item-report';
import { progressStore } from '../../src/server/records/progress-store';
import { learnerSummaries, type LearnerSummaries } from '../../src/server/records/learner-summaries';
import { migrate } from '../../src/server/storage/migrate';
import type { Sql } from '../../src/server/storage/sql';
import { statementStore } from '../../src/server/xapi/statement-store';
import { backend, testStorage } from './test-storage';
import { TEST_MODULES } from './test-modules';

// HR's item analysis and practice tables add up one practice summary per learner, made again
// from the learner's statements only when those change: a visit must still count every answer,
// goal and role-play, the latest too, and none voided.
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const who = (i: number) => ({ name: `学员${i}`, employeeId: `P${String(i).padStart(3, '0')}`, homePage: DEFAULT_HOME_PAGE });
const keyOf = (i: number) => `account:${DEFAULT_HOME_PAGE}::${who(i).employeeId}`;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const attempt = (i: number, scores: number[], minute: number) =>
  quizStatements({
    ids: [...scores.map(uuid), uuid()],
    trainee: who(i),
    moduleId: '01-foundations',
    items: scores.map((score, k) => ({ itemId: `q${k + 1}`, score, response: score ? 'a' : 'b' })),
    scaled: 0,
    passed: false,
    durationMs: 1000,
    timestamp: at(minute),
  }).filter((s) => s.verb.id.endsWith('/answered'));
const goal = (i: number, verdicts: Record<string, string>) =>
  buildStatement({ id: uuid(), trainee: who(i), verb: 'answered', object: { id: a.smart(), type: 'interaction' }, result: { extensions: { [a.smartVerdicts()]: verdicts } }, timestamp: at(30) });
const roleplay = (i: number, ending: string) =>
  buildStatement({ id: uuid(), trainee: who(i), verb: 'completed', object: { id: a.roleplay('price-objection'), type: 'simulation' }, result: { response: ending }, timestamp: at(40) });

let sql: Sql;
let summaries: LearnerSummaries;
let save: (list: Statement[]) => Promise<unknown>;
let report: ReturnType<typeof itemReport>;
const everyone = () => true;
const stale = async () => (await sql.all<{ actor_key: string }>('SELECT actor_key FROM review_summaries WHERE stale = 1 ORDER BY actor_key')).map((r) => r.actor_key);
const item = async (itemId: string, o?: Parameters<typeof report>[1]) => (await report(everyone, o)).items.find((i) => i.quizId === '01-foundations' && i.itemId === itemId);

beforeAll(async () => {
  sql = await testStorage();
  summaries = learnerSummaries(sql, DEFAULT_COURSE_IRI);
  const store = statementStore(sql, progressStore(sql, DEFAULT_COURSE_IRI), summaries);
  save = (list) => store.save(list as unknown as Record<string, unknown>[]);
  report = itemReport(summaries, TEST_MODULES);
});
afterAll(() => sql.close());

describe(`practice summaries on ${backend}`, () => {
  test('quiz answers, saved goals and finished role-plays mark a learner stale; a module completed does not', async () => {
    await save(attempt(1, [1, 0, 1], 0));
    await save([goal(2, { specific: 'met', measurable: 'unmet' })]);
    await save([roleplay(3, 'won')]);
    await save([buildStatement({ id: uuid(), trainee: who(4), verb: 'completed', object: { id: a.module('01-foundations'), type: 'module' }, timestamp: at(50) })]);
    expect(await stale()).toEqual([keyOf(1), keyOf(2), keyOf(3)]);
  });

  test('the report counts them, and the next sees answers sent since', async () => {
    const first = await report(everyone);
    expect(first.pending).toBe(0);
    expect(first.items.map((i) => [i.itemId, i.attempts, i.facility])).toEqual([
      ['q1', 1, 1],
      ['q2', 1, 0],
      ['q3', 1, 1],
    ]);
    expect(first.criteria.find((c) => c.criterion === 'measurable')).toMatchObject({ goals: 1, missed: 1 });
    expect(first.endings).toEqual([{ roleplayId: 'price-objection', runs: 1, endings: { won: 1, advanced: 0, stalled: 0, lost: 0 } }]);
    expect(await stale()).toEqual([]);
    await save([...attempt(1, [0, 0, 1], 10), ...attempt(5, [1, 1, 0], 11), roleplay(5, 'lost')]);
    expect(await item('q1')).toMatchObject({ attempts: 3, facility: 2 / 3 });
    expect((await report(everyone)).endings[0]!.endings).toMatchObject({ won: 1, lost: 1 });
  });

  test('an answer voided stops counting', async () => {
    const answers = attempt(6, [0, 0, 0], 20);
    await save(answers);
    expect(await item('q2')).toMatchObject({ attempts: 4 });
    await save([{ ...buildStatement({ id: uuid(), trainee: who(6), verb: 'voided', object: { id: answers[1]!.id, type: 'interaction' }, timestamp: at(21) }), object: { objectType: 'StatementRef', id: answers[1]!.id } } as unknown as Statement]);
    expect(await item('q2')).toMatchObject({ attempts: 3 });
  });

  test('a report given no time says how many learners are left; an export waits for them all', async () => {
    for (let i = 10; i < 16; i++) await save(attempt(i, [1, 1, 1], 30 + i));
    expect((await report(everyone, { budgetMs: 0 })).pending).toBe(6);
    await summaries.refreshInBackground(() => {});
    await save(attempt(16, [1, 1, 1], 50));
    const complete = await report(everyone, { complete: true, budgetMs: 0 });
    expect(complete.pending).toBe(0);
    expect(complete.items.find((i) => i.itemId === 'q3')).toMatchObject({ attempts: 11 });
  });

  test('only the learners kept are counted (a manager’s department)', async () => {
    const mine = await report((key) => key === keyOf(1));
    expect(mine.items.map((i) => i.attempts)).toEqual([2, 2, 2]);
    expect(mine.endings).toEqual([]);
  });

  test('a database from before the practice summaries makes every summary again, role-play-only learners too, and the report is the same', async () => {
    const before = await report(everyone);
    await sql.exec('ALTER TABLE review_summaries DROP COLUMN practice');
    await sql.run('DELETE FROM review_summaries WHERE actor_key = ?', [keyOf(3)]);
    await sql.run('DELETE FROM schema_migrations WHERE name = ?', ['practice-summaries']);
    expect(await migrate(sql)).toEqual(['practice-summaries']);
    expect(await stale()).toContain(keyOf(3));
    expect((await stale()).length).toBe((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM review_summaries'))!.n);
    expect(await report(everyone)).toEqual(before);
  });
});

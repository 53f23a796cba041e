import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activityIds, buildStatement, DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE, reviewStatement, type Statement } from '../../src/domain';
import { reviewReport } from '../../src/server/hr/review-report';
import { progressStore } from '../../src/server/records/progress-store';
import { learnerSummaries, type LearnerSummaries } from '../../src/server/records/learner-summaries';
import { migrate } from '../../src/server/storage/migrate';
import type { Sql } from '../../src/server/storage/sql';
import { statementStore } from '../../src/server/xapi/statement-store';
import { backend, testStorage } from './test-storage';
import { TEST_MODULES } from './test-modules';

// The review report's per-trainee summaries: made again after each change, and only then, a few
// at a time; what one report could not make in its time is made in the background and said.
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 9);
const day = (n: number) => new Date(T0 + n * DAY).toISOString();
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const who = (i: number) => ({ name: `学员${i}`, employeeId: `S${String(i).padStart(3, '0')}`, homePage: DEFAULT_HOME_PAGE });
const passed = (i: number, at: string) => buildStatement({ id: uuid(), trainee: who(i), verb: 'passed', object: { id: a.quiz('01-foundations'), type: 'assessment' }, result: { scaled: 0.8, success: true }, timestamp: at });
const item = (i: number, right: boolean, at: string) =>
  buildStatement({ id: uuid(), trainee: who(i), verb: 'answered', object: { id: a.quizItem('01-foundations', 'q1'), type: 'interaction' }, result: { scaled: right ? 1 : 0, success: right }, timestamp: at });
const review = (i: number, right: boolean, at: string) => reviewStatement({ id: uuid(), trainee: who(i), answer: { id: 'x', key: '01-foundations/q1', at, score: right ? 1 : 0, correct: right, due: day(200) } });

let sql: Sql;
let reviews: LearnerSummaries;
let save: (list: Statement[]) => Promise<unknown>;
const report = (budgetMs?: number) => reviewReport(sql, reviews, { homePage: DEFAULT_HOME_PAGE, courseIri: DEFAULT_COURSE_IRI, modules: TEST_MODULES, now: new Date(T0 + 92 * DAY), budgetMs });
const retention = async () => (await report()).modules.find((m) => m.id === '01-foundations')!.retention;
const stale = async () => (await sql.all<{ actor_key: string }>('SELECT actor_key FROM review_summaries WHERE stale = 1 ORDER BY actor_key')).map((r) => r.actor_key);

beforeAll(async () => {
  sql = await testStorage();
  reviews = learnerSummaries(sql, DEFAULT_COURSE_IRI);
  const store = statementStore(sql, progressStore(sql, DEFAULT_COURSE_IRI), reviews);
  save = (list) => store.save(list as unknown as Record<string, unknown>[]);
});
afterAll(() => sql.close());

describe(`review summaries on ${backend}`, () => {
  test('quiz and review answers make a trainee’s summary stale; other statements do not; the report makes it again', async () => {
    await save([item(1, true, day(0)), passed(1, day(0)), review(1, true, day(40))]);
    expect(await stale()).toEqual(['account:https://sales-target-academy.example.com/employees::S001']);
    expect(await retention()).toEqual({ answered: 1, right: 1, share: 1 });
    expect(await stale()).toEqual([]);
    await save([buildStatement({ id: uuid(), trainee: who(1), verb: 'experienced', object: { id: a.slide('01-foundations', 's1'), type: 'lesson' }, timestamp: day(41) })]);
    expect(await stale()).toEqual([]);
  });

  test('an answer sent after a report counts in the next, and one voided stops counting', async () => {
    const late = review(1, false, day(50));
    await save([late]);
    expect(await retention()).toEqual({ answered: 2, right: 1, share: 0.5 });
    const voiding = buildStatement({ id: uuid(), trainee: who(1), verb: 'voided', object: { id: late.id, type: 'StatementRef' } as never, timestamp: day(51) });
    await save([{ ...voiding, object: { objectType: 'StatementRef', id: late.id } } as unknown as Statement]);
    expect(await stale()).toEqual(['account:https://sales-target-academy.example.com/employees::S001']);
    expect(await retention()).toEqual({ answered: 1, right: 1, share: 1 });
  });

  test('a report given no time says how many are left, the background makes them, and the next report has them all', async () => {
    for (let i = 2; i <= 13; i++) await save([item(i, false, day(0)), passed(i, day(0)), review(i, true, day(45))]);
    const first = await report(0);
    expect(first.pending).toBe(12);
    await reviews.refreshInBackground(() => {});
    const next = await report(0);
    expect(next.pending).toBe(0);
    expect(next.modules.find((m) => m.id === '01-foundations')!.retention).toEqual({ answered: 13, right: 13, share: 1 });
    // Every deck's one item came due again long before day 92: all thirteen trainees are overdue, in their names.
    expect(next.overdue.map((o) => [o.employeeId, o.name]).sort()).toEqual(Array.from({ length: 13 }, (_, i) => [who(i + 1).employeeId, who(i + 1).name]));
  });

  test('a database from before the summaries starts with every trainee who answered stale, and the report is the same', async () => {
    const before = await report();
    await sql.exec('DROP TABLE review_summaries');
    await sql.run('DELETE FROM schema_migrations WHERE name IN (?, ?)', ['review-summaries', 'practice-summaries']);
    expect(await migrate(sql)).toEqual(['review-summaries', 'practice-summaries']);
    expect((await stale()).length).toBe(13);
    expect(await report()).toEqual(before);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activityIds, actorKey, buildStatement, DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE, type Statement } from '../../src/domain';
import { progressStore } from '../../src/server/records/progress-store';
import { learnerSummaries } from '../../src/server/records/learner-summaries';
import type { Sql } from '../../src/server/storage/sql';
import { saveGroups, type SaveJob } from '../../src/server/xapi/save-groups';
import { statementStore, type Batch, type StatementStore } from '../../src/server/xapi/statement-store';
import { backend, testStorage } from './test-storage';

// Saves that arrive while the slot is busy go to the database together, and each is answered as
// if it had been sent alone: a conflicting resend refused on its own, one that fails stored again
// alone so that the others stand.
type Json = Record<string, unknown>;
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const who = (i: number) => ({ name: `学员${i}`, employeeId: `G${String(i).padStart(3, '0')}`, homePage: DEFAULT_HOME_PAGE });
const seen = (i: number, slide: string, at = '2026-12-01T09:00:00.000Z', id = uuid()) =>
  buildStatement({ id, trainee: who(i), verb: 'experienced', object: { id: a.slide('01-foundations', slide), type: 'lesson' }, timestamp: at }) as unknown as Json;
const job = (statements: Json[], after?: SaveJob['after']): SaveJob => ({ statements, files: [], after });

let sql: Sql;
let store: StatementStore;
/** How many statements each `saveMany` was given, batch by batch: one entry per transaction. */
let calls: number[][];
const counted = { saveMany: (batches: readonly Batch[], q?: Sql) => (calls.push(batches.map((b) => b.statements.length)), store.saveMany(batches, q)) };
const stored = async (ids: string[]) => (await sql.all<{ id: string }>(`SELECT id FROM statements WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`, ids)).map((r) => r.id);
const progressOf = async (i: number) => (await sql.all<{ module_id: string }>('SELECT module_id FROM progress WHERE actor_key = ?', [actorKey((seen(i, 's1') as unknown as Statement).actor)])).map((r) => r.module_id);

beforeAll(async () => {
  sql = await testStorage();
  store = statementStore(sql, progressStore(sql, DEFAULT_COURSE_IRI), learnerSummaries(sql, DEFAULT_COURSE_IRI));
});
afterAll(() => sql.close());

describe(`saves grouped on ${backend}`, () => {
  test('saves that wait for the slot are stored in one transaction, each answered as if sent alone', async () => {
    calls = [];
    const groups = saveGroups(sql, counted, { concurrency: 1 });
    const first = seen(1, 's1');
    const x = seen(2, 's1');
    const y = seen(2, 's2');
    const mine = seen(3, 's3');
    const afters: { job: string; q: Sql }[] = [];
    const after = (name: string) => async (q: Sql) => void afters.push({ job: name, q });
    const answers = await Promise.all([
      // Alone: the slot was free.
      groups.save(job([first])),
      // These four waited, and go together.
      groups.save(job([x, y], after('x and y'))),
      // The same id as x with other content: this batch is refused whole, its own statement too.
      groups.save(job([mine, { ...x, result: { completion: true } }], after('conflict'))),
      // x again as it was: the same statement, stored once.
      groups.save(job([x], after('x again'))),
      groups.save(job([seen(2, 's3', undefined, 'ABCDEF01-0000-4000-8000-000000000001')])),
    ]);
    expect(calls).toEqual([[1], [2, 2, 1, 1]]);
    expect(answers.map((r) => (r.ok ? r.ids : r.status))).toEqual([[first.id], [x.id, y.id], 409, [x.id], ['abcdef01-0000-4000-8000-000000000001']]);
    expect(await stored([first.id, x.id, y.id, mine.id, 'abcdef01-0000-4000-8000-000000000001'] as string[])).toEqual([first.id, x.id, y.id, 'abcdef01-0000-4000-8000-000000000001'].sort());
    // What the server writes from a save runs in the group's transaction, for the saves that stood.
    expect(afters.map((f) => f.job)).toEqual(['x and y', 'x again']);
    expect(afters[0]!.q).toBe(afters[1]!.q);
    expect(await progressOf(2)).toEqual(['01-foundations']);
    expect(await progressOf(3)).toEqual([]);
  });

  test('a group that fails is stored again save by save: the one that failed fails alone', async () => {
    calls = [];
    const groups = saveGroups(sql, counted, { concurrency: 1 });
    const [p, q1, r, s] = [seen(4, 's1'), seen(5, 's1'), seen(6, 's1'), seen(7, 's1')];
    const results = await Promise.allSettled([
      groups.save(job([p])),
      groups.save(job([q1])),
      groups.save(
        job([r], async () => {
          throw new Error('the server could not write its verdict');
        }),
      ),
      groups.save(job([s])),
    ]);
    expect(results.map((x) => x.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[2] as PromiseRejectedResult).reason)).toContain('could not write its verdict');
    // p alone; q, r and s together, undone; then each alone.
    expect(calls).toEqual([[1], [1, 1, 1], [1], [1], [1]]);
    expect(await stored([p.id, q1.id, r.id, s.id] as string[])).toEqual([p.id, q1.id, s.id].sort());
  });

  test('a group takes waiting saves up to its size in statements, and never none', async () => {
    calls = [];
    const groups = saveGroups(sql, counted, { concurrency: 1, maxStatements: 3 });
    const big = [seen(8, 's1'), seen(8, 's2'), seen(8, 's3'), seen(8, 's4')];
    await Promise.all([groups.save(job([seen(8, 's5')])), groups.save(job([seen(8, 's6')])), groups.save(job([seen(8, 's7'), seen(8, 's8')])), groups.save(job(big)), groups.save(job([seen(8, 's9')]))]);
    expect(calls).toEqual([[1], [1, 2], [4], [1]]);
  });
});

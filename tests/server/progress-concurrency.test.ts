import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { activityIds, buildStatement } from '../../src/domain';
import { HOME, postStatements, register } from './quiz-attempts';
import { serveApp } from './serve-app';
import { testStorage } from './test-storage';

// One trainee's statements arriving together (two tabs, a phone and a PC, several instances): each
// request reads the trainee's progress row and writes it back, and none may overwrite another's.
const sql = await testStorage();
const served = serveApp({ sql });
const a = activityIds();

test('statements of one trainee that arrive at once all count in their progress row', async () => {
  const who = { name: '周婷', employeeId: 'C2001', department: '华东销售部' };
  const token = await register(served.base, who);
  const rounds = 6;
  const together = 8;
  for (let r = 0; r < rounds; r++) {
    const sent = await Promise.all(
      Array.from({ length: together }, (_, i) =>
        postStatements(served.base, token, [
          buildStatement({ id: randomUUID(), trainee: { ...who, homePage: HOME }, verb: 'experienced', object: { id: a.slide('01-foundations', `s${r}-${i}`), type: 'lesson' }, result: { durationMs: 10_000 }, timestamp: new Date().toISOString() }),
        ]),
      ),
    );
    expect(sent.map((res) => res.status)).toEqual(Array(together).fill(200));
  }
  const row = await sql.get<{ time_spent_ms: number }>('SELECT time_spent_ms FROM progress WHERE employee_id = ? AND module_id = ?', [who.employeeId, '01-foundations']);
  expect(Number(row?.time_spent_ms)).toBe(rounds * together * 10_000);
});

test('a module said read in POSTs that arrive together is completed once, and a conflicting resend among them is refused alone', async () => {
  const who = { name: '陈刚', employeeId: 'C2002', department: '华东销售部' };
  const token = await register(served.base, who);
  const trainee = { ...who, homePage: HOME };
  const seen = buildStatement({ id: randomUUID(), trainee, verb: 'experienced', object: { id: a.slide('01-foundations', 'first'), type: 'lesson' }, timestamp: new Date().toISOString() });
  expect((await postStatements(served.base, token, [seen])).status).toBe(200);
  const read = () => buildStatement({ id: randomUUID(), trainee, verb: 'progressed', object: { id: a.module('01-foundations'), type: 'module' }, result: { progress: 100 }, timestamp: new Date().toISOString() });
  const other = buildStatement({ id: randomUUID(), trainee, verb: 'experienced', object: { id: a.slide('01-foundations', 'other'), type: 'lesson' }, timestamp: new Date().toISOString() });
  const sent = await Promise.all([
    ...Array.from({ length: 6 }, () => postStatements(served.base, token, [read()])),
    // The first statement's id again, about another slide: a conflict, and this POST's other statement is not kept.
    postStatements(served.base, token, [other, { ...seen, object: { ...seen.object, id: a.slide('01-foundations', 'changed') } }]),
    ...Array.from({ length: 6 }, () => postStatements(served.base, token, [read()])),
  ]);
  expect(sent.map((res) => res.status)).toEqual([...Array(6).fill(200), 409, ...Array(6).fill(200)]);
  const completed = await sql.all<{ id: string }>('SELECT id FROM statements WHERE actor_key LIKE ? AND verb_id = ? AND object_id = ?', ['%C2002', 'http://adlnet.gov/expapi/verbs/completed', a.module('01-foundations')]);
  expect(completed).toHaveLength(1);
  expect(await sql.get('SELECT id FROM statements WHERE id = ?', [other.id])).toBeUndefined();
});

import { afterAll, beforeAll, expect, test } from 'vitest';
import { traineeRecords } from '../../src/server/hr/trainee-records';
import type { Sql } from '../../src/server/storage/sql';
import { testStorage } from './test-storage';

// HR's NDJSON export reads a few trainees through the actor index and many in one pass over every
// statement: both ways give the same statements, in the order stored, none voided.
let sql: Sql;
beforeAll(async () => {
  sql = await testStorage();
  const rows: [string, string, number][] = [
    ['s1', 'a', 0],
    ['s2', 'b', 0],
    ['s3', 'a', 1],
    ['s4', 'c', 0],
    ['s5', 'b', 0],
    ['s6', 'a', 0],
  ];
  for (const [id, actor, voided] of rows)
    await sql.run('INSERT INTO statements (id, stored, actor_key, verb_id, object_id, voided, body) VALUES (?, ?, ?, ?, ?, ?, ?)', [id, '2026-12-01T00:00:00.000Z', actor, 'v', 'o', voided, JSON.stringify({ id })]);
});
afterAll(() => sql.close());

test.each([
  ['through the actor index', 1000],
  ['in one pass over every statement', 1],
])('two trainees of three, %s: their statements in stored order, without the voided one', async (_way, byTraineeMax) => {
  const ids: string[] = [];
  for await (const line of traineeRecords(sql, 'https://example.com', 'https://example.com/course').statementsOf(['a', 'b'], byTraineeMax)) ids.push((JSON.parse(line) as { id: string }).id);
  expect(ids).toEqual(['s1', 's2', 's5', 's6']);
});

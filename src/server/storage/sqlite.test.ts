import { afterEach, expect, test } from 'vitest';
import { openStorage } from './open';
import type { Sql } from './sql';

const open: Sql[] = [];
afterEach(async () => {
  for (const sql of open.splice(0)) await sql.close();
});

async function memory() {
  const sql = await openStorage({ dataDir: ':memory:' });
  open.push(sql);
  await sql.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
  return sql;
}

test('transactions that arrive together commit together, and one that fails undoes only itself', async () => {
  const sql = await memory();
  const results = await Promise.allSettled([
    sql.tx((q) => q.run('INSERT INTO t (k) VALUES (?)', ['a'])),
    sql.tx(async (q) => {
      await q.run('INSERT INTO t (k) VALUES (?)', ['b']);
      await q.run('INSERT INTO t (k) VALUES (?)', ['a']);
    }),
    sql.tx((q) => q.run('INSERT INTO t (k) VALUES (?)', ['c'])),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect((await sql.all<{ k: string }>('SELECT k FROM t ORDER BY k')).map((r) => r.k)).toEqual(['a', 'c']);
});

test('a group gives the event loop a turn between two transactions, so connections arriving meanwhile are taken in', async () => {
  const sql = await memory();
  const order: string[] = [];
  await Promise.all([
    sql.tx(async (q) => {
      // What the event loop does next (accepting a connection, reading a request) is a callback of its next turn.
      setImmediate(() => order.push('event loop'));
      await q.run('INSERT INTO t (k) VALUES (?)', ['first']);
    }),
    sql.tx(async (q) => {
      order.push('second transaction');
      await q.run('INSERT INTO t (k) VALUES (?)', ['second']);
    }),
  ]);
  expect(order).toEqual(['event loop', 'second transaction']);
});

test('a query outside the group waits until the group has committed, even while the group yields', async () => {
  const sql = await memory();
  const seen: number[] = [];
  let read: Promise<void> | undefined;
  await Promise.all([
    sql.tx(async (q) => {
      await q.run('INSERT INTO t (k) VALUES (?)', ['x']);
      // Asked while the group is open: it must not see, or join, half a group.
      read = sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM t').then((r) => void seen.push(r!.n));
    }),
    sql.tx((q) => q.run('INSERT INTO t (k) VALUES (?)', ['y'])),
  ]);
  await read;
  expect(seen).toEqual([2]);
});

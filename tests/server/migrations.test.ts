import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createApp } from '../../src/server/app';
import { sessionStore } from '../../src/server/auth/session-store';
import { migrate } from '../../src/server/storage/migrate';
import { MIGRATIONS } from '../../src/server/storage/migrations';
import { openStorage, sqliteFile } from '../../src/server/storage/open';
import { backend, testStorage } from './test-storage';
import { TEST_MODULES } from './test-modules';

const dir = mkdtempSync(join(tmpdir(), 'sta-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test(`from an empty ${backend} database every named migration runs once, in order, and a second start runs none`, async () => {
  const sql = await testStorage();
  const applied = await sql.all<{ name: string }>('SELECT name FROM schema_migrations');
  expect(applied.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  expect(await migrate(sql)).toEqual([]);
  // Every table the stores use exists and is empty.
  for (const table of ['statements', 'trainees', 'progress', 'certificates', 'live_sessions', 'live_answers', 'rate_hits', 'hr_sessions', 'settings'])
    expect(Number((await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n), table).toBe(0);
  await sql.close();
});

test('two instances migrating one database at the same moment apply each migration once', async () => {
  const sql = await testStorage();
  const [a, b] = await Promise.all([migrate(sql), migrate(sql)]);
  expect([...a, ...b]).toEqual([]);
  await sql.close();
});

test.runIf(backend === 'sqlite')("a SQLite file of the previous release (0.1.0) is taken over: its migrations count as applied, the new ones run, and its records read as before", async () => {
  const data = mkdtempSync(join(dir, 'release-'));
  const old = new Database(sqliteFile(data));
  old.exec(readFileSync('tests/fixtures/schema/sqlite-0.1.0.sql', 'utf8'));
  old.close();

  const sql = await openStorage({ dataDir: data });
  const names = (await sql.all<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name);
  expect(names.sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  expect(await sql.get("SELECT name FROM sqlite_master WHERE name = 'schema_version'")).toBeUndefined();

  const app = createApp({ sql, xapiUser: 'lrs', xapiPassword: 'pw', hrUser: 'hr', hrPasswordHash: 'scrypt$1$1$1$x$y', modules: TEST_MODULES });
  const res = await app.request('/xapi/statements?statementId=0b9f8a2e-6c1d-4a57-9c0e-1a2b3c4d5e6f', {
    headers: { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3' },
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { actor: { name: string } }).actor.name).toBe('李娜');
  // The old data and the new table live side by side.
  expect(await sql.get('SELECT due FROM hr_due_dates WHERE department = ?', ['华东销售部'])).toEqual({ due: '2026-12-31' });
  await sql.run('INSERT INTO settings (key, value, updated) VALUES (?, ?, ?)', ['k', 'v', 'now']);
  await sql.close();
});

test("a second course's rows sit beside this course's without touching them: progress, due dates and certificates are keyed by course", async () => {
  const sql = await testStorage();
  const { hashPassword } = await import('../../src/server/hr/password');
  const app = createApp({ sql, xapiUser: 'lrs', xapiPassword: 'pw', hrUser: 'hr', hrPasswordHash: await hashPassword('x'), modules: TEST_MODULES });
  const row = (course: string, actor: string) => [course, actor, '01-foundations', 'E9', '王强', 1, 0, null, 0, 0, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'];
  const insert = `INSERT INTO progress (course_id, actor_key, module_id, employee_id, actor_name, read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity) VALUES (${Array(12).fill('?').join(', ')})`;
  await sql.run(insert, row('another-course', 'account:https://hr.example.com|E9'));
  await sql.run('INSERT INTO hr_due_dates (course_id, department, due, updated) VALUES (?, ?, ?, ?)', ['another-course', '华东销售部', '2020-01-01', 'now']);
  const login = await app.request('/hr/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'hr', password: 'x' }) });
  const cookie = login.headers.get('Set-Cookie')!.split(';')[0]!;
  const progress = (await (await app.request('/hr/api/progress', { headers: { Cookie: cookie } })).json()) as { total: number };
  expect(progress.total).toBe(0);
  const due = (await (await app.request('/hr/api/due-dates', { headers: { Cookie: cookie } })).json()) as { dueDates: unknown[] };
  expect(due.dueDates).toEqual([]);
  // The same trainee and module in this course is a row of its own.
  await sql.run(insert, row('sales-target-academy', 'account:https://hr.example.com|E9'));
  expect(((await (await app.request('/hr/api/progress', { headers: { Cookie: cookie } })).json()) as { total: number }).total).toBe(1);
  await sql.close();
});

test(`a ${backend} database from before sign-out reached the provider gains the sessions' ID token column, kept sessions read as before, and a session without a token still closes`, async () => {
  const sql = await testStorage();
  // The previous schema: every migration but the last, which added the column.
  await sql.exec('ALTER TABLE user_sessions DROP COLUMN id_token');
  await sql.run('DELETE FROM schema_migrations WHERE name = ?', ['user-session-id-token']);
  await sql.run('INSERT INTO user_sessions (token_hash, subject, employee_id, name, department, roles, csrf, created, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', ['old-hash', 's0', 'E0', '旧会话', 'Sales', 'trainee', 'c', Date.now(), Date.now()]);
  expect(await migrate(sql)).toEqual(['user-session-id-token']);
  expect(await sql.get('SELECT employee_id, id_token FROM user_sessions WHERE token_hash = ?', ['old-hash'])).toEqual({ employee_id: 'E0', id_token: null });
  const store = sessionStore(sql, { idleMs: 60_000, maxMs: 60_000 });
  const { token } = await store.open({ subject: 's1', employeeId: 'E1', name: '李娜', department: 'Sales', roles: ['trainee'] }, 'header.payload.signature');
  expect(await store.close(token)).toBe('header.payload.signature');
  expect(await store.close(token)).toBeUndefined();
  const untokened = await store.open({ subject: 's2', employeeId: 'E2', name: '王强', department: 'Sales', roles: ['trainee'] });
  expect(await store.close(untokened.token)).toBeUndefined();
  expect(await store.find(untokened.token)).toBeUndefined();
  await sql.close();
});

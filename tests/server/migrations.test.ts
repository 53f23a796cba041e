import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createApp } from '../../src/server/app';
import { MIGRATIONS, migrate } from '../../src/server/storage/migrations';
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

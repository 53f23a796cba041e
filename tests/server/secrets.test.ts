import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadSecrets } from '../../src/server/secrets';
import { verifyPassword } from '../../src/server/hr/password';
import { openStorage } from '../../src/server/storage/open';
import { backend, testStorage } from './test-storage';

const dir = mkdtempSync(join(tmpdir(), 'sta-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an unset secret is generated once, stored in the database, and reused (by this and every other instance on it)', async () => {
  const sql = await testStorage();
  const first = await loadSecrets(sql, {});
  expect(first.generated).toEqual(['xapiUser', 'xapiPassword', 'hrUser', 'hrPassword']);
  expect(first.secrets.xapiPassword.length).toBeGreaterThanOrEqual(20);
  expect(first.shown.xapiPassword).toBe(first.secrets.xapiPassword);
  const again = await loadSecrets(sql, {});
  expect(again.generated).toEqual([]);
  expect(again.shown).toEqual({});
  expect(again.secrets).toEqual(first.secrets);
});

test("HR's generated password is shown once and stored only as a scrypt hash", async () => {
  const sql = await testStorage();
  const { shown, secrets } = await loadSecrets(sql, {});
  expect(shown.hrPassword!.length).toBeGreaterThanOrEqual(16);
  expect(secrets.hrPasswordHash).toMatch(/^scrypt\$/);
  const stored = await sql.all<{ value: string }>('SELECT value FROM settings');
  expect(stored.some((r) => r.value.includes(shown.hrPassword!))).toBe(false);
  expect(await verifyPassword(shown.hrPassword!, secrets.hrPasswordHash)).toBe(true);
  expect(await verifyPassword(`${shown.hrPassword!}x`, secrets.hrPasswordHash)).toBe(false);
});

test('two instances starting at once on one database end up with the same secrets', async () => {
  const sql = await testStorage();
  const [a, b] = await Promise.all([loadSecrets(sql, {}), loadSecrets(sql, {})]);
  expect(a.secrets).toEqual(b.secrets);
  // Only the one whose password was kept shows it.
  expect([a.shown.xapiPassword, b.shown.xapiPassword].filter(Boolean)).toHaveLength(1);
});

test('the environment wins over what is stored', async () => {
  const sql = await testStorage();
  await loadSecrets(sql, {});
  const { secrets } = await loadSecrets(sql, { XAPI_USER: 'tool', XAPI_PASSWORD: 'from-env', HR_USER: 'people', HR_PASSWORD: '人事-pass' });
  expect(secrets).toMatchObject({ xapiUser: 'tool', xapiPassword: 'from-env', hrUser: 'people' });
  expect(await verifyPassword('人事-pass', secrets.hrPasswordHash)).toBe(true);
});

test.runIf(backend === 'sqlite')("an earlier release's secrets.json in DATA_DIR is taken over", async () => {
  const sub = mkdtempSync(join(dir, 'legacy-'));
  writeFileSync(join(sub, 'secrets.json'), JSON.stringify({ xapiUser: 'old', xapiPassword: 'old-pass', hrUser: 'boss', hrPasswordHash: 'scrypt$1$1$1$x$y' }));
  const sql = await openStorage({ dataDir: sub });
  const { secrets, generated } = await loadSecrets(sql, {}, sub);
  expect(secrets).toEqual({ xapiUser: 'old', xapiPassword: 'old-pass', hrUser: 'boss', hrPasswordHash: 'scrypt$1$1$1$x$y' });
  expect(generated).toEqual([]);
  await sql.close();
});

test.runIf(backend === 'sqlite')('the records database and its WAL files are readable by the owner only, also when an older copy was not', async () => {
  const sub = mkdtempSync(join(dir, 'db-'));
  const sql = await openStorage({ dataDir: sub });
  await sql.run('INSERT INTO rate_hits (key, at) VALUES (?, ?)', ['k', 1]);
  for (const f of ['records.sqlite', 'records.sqlite-wal', 'records.sqlite-shm']) expect(statSync(join(sub, f)).mode & 0o777, f).toBe(0o600);
  await sql.close();
  chmodSync(join(sub, 'records.sqlite'), 0o644);
  await (await openStorage({ dataDir: sub })).close();
  expect(statSync(join(sub, 'records.sqlite')).mode & 0o777).toBe(0o600);
});

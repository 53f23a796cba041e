import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadSecrets } from '../../src/server/secrets';
import { verifyPassword } from '../../src/server/hr/password';

const dir = mkdtempSync(join(tmpdir(), 'sta-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an unset secret is generated once, stored for the owner only, and reused', async () => {
  const first = await loadSecrets(dir, {});
  expect(first.generated).toEqual(['xapiUser', 'xapiPassword', 'hrUser', 'hrPassword']);
  expect(first.secrets.xapiPassword.length).toBeGreaterThanOrEqual(20);
  expect(first.shown.xapiPassword).toBe(first.secrets.xapiPassword);
  expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  const again = await loadSecrets(dir, {});
  expect(again.generated).toEqual([]);
  expect(again.shown).toEqual({});
  expect(again.secrets).toEqual(first.secrets);
});

test('HR\'s generated password is shown once and stored only as a scrypt hash', async () => {
  const sub = mkdtempSync(join(dir, 'hr-'));
  const { shown, secrets } = await loadSecrets(sub, {});
  expect(shown.hrPassword!.length).toBeGreaterThanOrEqual(16);
  expect(secrets.hrPasswordHash).toMatch(/^scrypt\$/);
  expect(readFileSync(join(sub, 'secrets.json'), 'utf8')).not.toContain(shown.hrPassword!);
  expect(await verifyPassword(shown.hrPassword!, secrets.hrPasswordHash)).toBe(true);
  expect(await verifyPassword(`${shown.hrPassword!}x`, secrets.hrPasswordHash)).toBe(false);
});

test('the environment wins over what is stored', async () => {
  const { secrets } = await loadSecrets(dir, { XAPI_USER: 'tool', XAPI_PASSWORD: 'from-env', HR_USER: 'people', HR_PASSWORD: '人事-pass' });
  expect(secrets).toMatchObject({ xapiUser: 'tool', xapiPassword: 'from-env', hrUser: 'people' });
  expect(await verifyPassword('人事-pass', secrets.hrPasswordHash)).toBe(true);
});

test('the records database and its WAL files are readable by the owner only, also when an older copy was not', async () => {
  const { openDb } = await import('../../src/server/db');
  const sub = mkdtempSync(join(dir, 'db-'));
  const db = openDb(sub);
  db.prepare('INSERT INTO rate_hits (key, at) VALUES (?, ?)').run('k', 1);
  for (const f of ['records.sqlite', 'records.sqlite-wal', 'records.sqlite-shm']) expect(statSync(join(sub, f)).mode & 0o777, f).toBe(0o600);
  db.close();
  chmodSync(join(sub, 'records.sqlite'), 0o644);
  openDb(sub).close();
  expect(statSync(join(sub, 'records.sqlite')).mode & 0o777).toBe(0o600);
});

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadSecrets } from '../../src/server/secrets';

const dir = mkdtempSync(join(tmpdir(), 'sta-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('an unset secret is generated once, stored for the owner only, and reused', () => {
  const first = loadSecrets(dir, {});
  expect(first.generated).toEqual(['xapiUser', 'xapiPassword']);
  expect(first.secrets.xapiPassword.length).toBeGreaterThanOrEqual(20);
  expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  const again = loadSecrets(dir, {});
  expect(again.generated).toEqual([]);
  expect(again.secrets).toEqual(first.secrets);
});

test('the environment wins over what is stored', () => {
  expect(loadSecrets(dir, { XAPI_USER: 'tool', XAPI_PASSWORD: 'from-env' }).secrets).toEqual({ xapiUser: 'tool', xapiPassword: 'from-env' });
});

import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword, verifyPassword } from './hr/password';
import { placeholders, type Sql } from './storage/sql';

export interface Secrets {
  xapiUser: string;
  xapiPassword: string;
  hrUser: string;
  /** Only the scrypt hash of HR's password is ever stored. */
  hrPasswordHash: string;
}

type Key = keyof Secrets;
const KEYS: readonly Key[] = ['xapiUser', 'xapiPassword', 'hrUser', 'hrPasswordHash'];

/**
 * The server's credentials: from the environment when set; otherwise generated on first start
 * and kept in the records database's `settings`, where every instance on the same database finds
 * the same ones (the first to store a value wins; the others read it back). What was generated is
 * returned in `shown` once so the admin can note it; HR's password is kept only as a hash, so it
 * cannot be shown again. A `secrets.json` left in `DATA_DIR` by an earlier release is taken over.
 */
export async function loadSecrets(
  sql: Sql,
  env: NodeJS.ProcessEnv = process.env,
  legacyDir?: string,
): Promise<{ secrets: Secrets; generated: string[]; shown: { xapiPassword?: string; hrPassword?: string } }> {
  const read = async () =>
    Object.fromEntries((await sql.all<{ key: string; value: string }>(`SELECT key, value FROM settings WHERE key IN (${placeholders(KEYS.length)})`, KEYS.map((k) => `secret.${k}`))).map((r) => [r.key.slice(7), r.value])) as Partial<Secrets>;
  const store = (key: Key, value: string) =>
    sql.run('INSERT INTO settings (key, value, updated) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING', [`secret.${key}`, value, new Date().toISOString()]);

  const legacy = legacyDir ? join(legacyDir, 'secrets.json') : undefined;
  if (legacy && existsSync(legacy)) {
    const old = JSON.parse(readFileSync(legacy, 'utf8')) as Partial<Secrets>;
    for (const k of KEYS) if (typeof old[k] === 'string') await store(k, old[k]);
  }
  const stored = await read();
  const generated: string[] = [];
  const made: Partial<Record<Key | 'hrPassword', string>> = {};
  const need = (key: Key, envName: string) => !env[envName] && !stored[key];
  if (need('xapiUser', 'XAPI_USER')) await store('xapiUser', 'lrs').then(() => generated.push('xapiUser'));
  if (need('xapiPassword', 'XAPI_PASSWORD')) await store('xapiPassword', (made.xapiPassword = randomBytes(18).toString('base64url'))).then(() => generated.push('xapiPassword'));
  if (need('hrUser', 'HR_USER')) await store('hrUser', 'hr').then(() => generated.push('hrUser'));
  if (!env.HR_PASSWORD && !stored.hrPasswordHash) {
    made.hrPassword = randomBytes(12).toString('base64url');
    await store('hrPasswordHash', await hashPassword(made.hrPassword));
    generated.push('hrPassword');
  }
  // Another instance may have stored its own a moment earlier: what the database holds is what counts.
  const now = await read();
  const secrets: Secrets = {
    xapiUser: env.XAPI_USER || now.xapiUser!,
    xapiPassword: env.XAPI_PASSWORD || now.xapiPassword!,
    hrUser: env.HR_USER || now.hrUser!,
    hrPasswordHash: env.HR_PASSWORD ? await hashPassword(env.HR_PASSWORD) : now.hrPasswordHash!,
  };
  const shown: { xapiPassword?: string; hrPassword?: string } = {};
  if (made.xapiPassword && made.xapiPassword === now.xapiPassword) shown.xapiPassword = made.xapiPassword;
  if (made.hrPassword && now.hrPasswordHash && (await verifyPassword(made.hrPassword, now.hrPasswordHash))) shown.hrPassword = made.hrPassword;
  return { secrets, generated, shown };
}

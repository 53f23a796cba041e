import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from './hr/password';

export interface Secrets {
  xapiUser: string;
  xapiPassword: string;
  hrUser: string;
  /** Only the scrypt hash of HR's password is ever stored. */
  hrPasswordHash: string;
}

interface Stored {
  xapiUser?: string;
  xapiPassword?: string;
  hrUser?: string;
  hrPasswordHash?: string;
}

/**
 * The server's credentials: from the environment when set; otherwise generated on first start,
 * stored under DATA_DIR (readable by the owner only) and returned in `shown` once so the admin
 * can note them. HR's password is kept only as a hash, so it cannot be shown again.
 */
export async function loadSecrets(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ secrets: Secrets; generated: string[]; shown: { xapiPassword?: string; hrPassword?: string } }> {
  const file = join(dataDir, 'secrets.json');
  const stored: Stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Stored) : {};
  const generated: string[] = [];
  const shown: { xapiPassword?: string; hrPassword?: string } = {};
  const update: Stored = {};
  const pick = (key: 'xapiUser' | 'xapiPassword' | 'hrUser', envName: string, make: () => string) => {
    const fromEnv = env[envName];
    if (fromEnv) return fromEnv;
    if (stored[key]) return stored[key]!;
    generated.push(key);
    update[key] = make();
    return update[key]!;
  };
  const xapiUser = pick('xapiUser', 'XAPI_USER', () => 'lrs');
  const xapiPassword = pick('xapiPassword', 'XAPI_PASSWORD', () => randomBytes(18).toString('base64url'));
  if (update.xapiPassword) shown.xapiPassword = xapiPassword;
  const hrUser = pick('hrUser', 'HR_USER', () => 'hr');
  let hrPasswordHash: string;
  if (env.HR_PASSWORD) hrPasswordHash = await hashPassword(env.HR_PASSWORD);
  else if (stored.hrPasswordHash) hrPasswordHash = stored.hrPasswordHash;
  else {
    shown.hrPassword = randomBytes(12).toString('base64url');
    hrPasswordHash = update.hrPasswordHash = await hashPassword(shown.hrPassword);
    generated.push('hrPassword');
  }
  // `mode` applies only when the file is created; an existing file is narrowed to the owner too.
  if (generated.length) writeFileSync(file, JSON.stringify({ ...stored, ...update }, null, 2), { mode: 0o600 });
  if (existsSync(file)) chmodSync(file, 0o600);
  return { secrets: { xapiUser, xapiPassword, hrUser, hrPasswordHash }, generated, shown };
}

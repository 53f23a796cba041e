import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Secrets {
  xapiUser: string;
  xapiPassword: string;
}

/**
 * The server's credentials: from the environment when set; otherwise generated on first start,
 * stored under DATA_DIR (readable by the owner only) and reported once so an admin can note them.
 */
export function loadSecrets(dataDir: string, env: NodeJS.ProcessEnv = process.env): { secrets: Secrets; generated: (keyof Secrets)[] } {
  const file = join(dataDir, 'secrets.json');
  const stored: Partial<Secrets> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {};
  const generated: (keyof Secrets)[] = [];
  const pick = (key: keyof Secrets, envName: string, make: () => string) => {
    const fromEnv = env[envName];
    if (fromEnv) return fromEnv;
    if (stored[key]) return stored[key]!;
    generated.push(key);
    return make();
  };
  const secrets: Secrets = {
    xapiUser: pick('xapiUser', 'XAPI_USER', () => 'lrs'),
    xapiPassword: pick('xapiPassword', 'XAPI_PASSWORD', () => randomBytes(18).toString('base64url')),
  };
  if (generated.length) writeFileSync(file, JSON.stringify({ ...stored, ...Object.fromEntries(generated.map((k) => [k, secrets[k]])) }, null, 2), { mode: 0o600 });
  return { secrets, generated };
}

import { randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_HOME_PAGE, type Role as UserRole } from '../../src/domain';
import { createApp } from '../../src/server/app';
import { oidcClient, oidcSettingsFrom } from '../../src/server/auth/oidc-client';
import { testStorage } from './test-storage';
import { ROUTE_ROLES, type Role, type Route } from '../../src/server/route-table';
import { traineeRegistry } from '../../src/server/trainees';
import { IDP_CLIENT, startOidcProvider } from '../setup/oidc-provider';
import { TEST_MODULES } from './serve-app';

// Every route of the server's own table, called by each kind of caller: whoever lacks the route's
// role gets 401 or 403, and whoever has it gets past the guard. Sessions are opened in the store
// (the sign-in itself has its own test), a fresh one for each call, so a logout ends nothing else.
const salt = randomBytes(16);
const cheapHash = `scrypt$16$1$1$${salt.toString('base64url')}$${scryptSync('hr-pass', salt, 32, { N: 16, r: 1, p: 1 }).toString('base64url')}`;
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let app: ReturnType<typeof createApp>;
const db = await testStorage();

beforeAll(async () => {
  idp = await startOidcProvider(['http://127.0.0.1:9/auth/callback']);
  const oidc = await oidcClient(oidcSettingsFrom({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: IDP_CLIENT.id, OIDC_CLIENT_SECRET: IDP_CLIENT.secret, PUBLIC_URL: 'http://127.0.0.1:9' })!);
  const settings = { hrLoginFailures: 1e6, hrLoginFreeTries: 1e6, liveSessionsPerHour: 1e6, certificateLookupsPerMinute: 1e6, codeMissesPerMinute: 1e6 };
  app = createApp({ sql: db, xapiUser: 'lrs', xapiPassword: 'pw', hrUser: 'hr', hrPasswordHash: cheapHash, modules: TEST_MODULES, oidc, publicUrl: 'http://127.0.0.1:9', settings, log: () => {} });
}, 60_000);
afterAll(() => idp?.close());

type Caller = 'anonymous' | 'trainee-token' | 'lrs-credential' | 'trainee' | 'trainer' | 'manager' | 'hr' | 'admin' | 'break-glass';
const CALLERS: Caller[] = ['anonymous', 'trainee-token', 'lrs-credential', 'trainee', 'trainer', 'manager', 'hr', 'admin', 'break-glass'];
const SESSION_ROLES: Partial<Record<Caller, UserRole[]>> = {
  trainee: ['trainee'],
  trainer: ['trainee', 'trainer'],
  manager: ['trainee', 'manager'],
  hr: ['trainee', 'hr'],
  admin: ['trainee', 'admin'],
};

/** Who may call a route of each role: the route table's contract, written out once here. */
const ALLOWED: Record<Role, Caller[]> = {
  public: CALLERS,
  trainee: ['trainee-token'],
  lrs: ['trainee-token', 'lrs-credential'],
  'signed-in': ['trainee', 'trainer', 'manager', 'hr', 'admin'],
  trainer: ['trainer', 'admin'],
  hr: ['manager', 'hr', 'admin', 'break-glass'],
  admin: ['admin', 'break-glass'],
};

async function headersOf(caller: Caller): Promise<Record<string, string>> {
  const version = { 'X-Experience-API-Version': '1.0.3' };
  if (caller === 'anonymous') return version;
  if (caller === 'lrs-credential') return { ...version, Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}` };
  if (caller === 'trainee-token') {
    const user = { subject: 'tok', employeeId: 'T1', name: '学员', department: 'Sales' };
    const registry = traineeRegistry(db, DEFAULT_HOME_PAGE);
    await registry.signedIn(user);
    // A page's token lives as long as the sign-in it was given to.
    const session = await app.users.open({ ...user, roles: ['trainee'] });
    return { ...version, Authorization: `Bearer ${(await registry.tokenFor(user, session.token)).token}` };
  }
  if (caller === 'break-glass') {
    const login = await app.request('/hr/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'hr', password: 'hr-pass' }) });
    return { ...version, Cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'X-CSRF-Token': ((await login.json()) as { csrf: string }).csrf };
  }
  const { token, csrf } = await app.users.open({ subject: caller, employeeId: `U-${caller}`, name: caller, department: 'Sales', roles: SESSION_ROLES[caller]! });
  return { ...version, Cookie: `sta_session=${token}`, 'X-CSRF-Token': csrf };
}


test('every route of the route table refuses each caller that lacks its role (401/403) and lets in each that has it', async () => {
  const routes = app.routes as readonly Route[];
  expect(new Set(routes.map((r) => r.role))).toEqual(new Set(ROUTE_ROLES));
  const wrong: string[] = [];
  for (const route of routes) {
    for (const caller of CALLERS) {
      const path = route.path.replace(/:[A-Za-z]+/g, 'x');
      const headers = await headersOf(caller);
      const res = await app.request(`${path}`, {
        method: route.method,
        headers: { ...headers, ...(route.body === 'none' ? {} : { 'Content-Type': 'application/json' }) },
        ...(route.body === 'none' ? {} : { body: '{}' }),
      });
      const text = await res.text();
      const body = res.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as { error?: string }) : {};
      const refusedByGuard = res.status === 401 || (res.status === 403 && ['forbidden', 'csrf', 'unauthorized'].includes(body.error ?? ''));
      const allowed = ALLOWED[route.role].includes(caller);
      if (allowed === refusedByGuard) wrong.push(`${route.method} ${route.path} (${route.role}) by ${caller}: ${res.status} ${body.error ?? ''}`);
    }
  }
  expect(wrong).toEqual([]);
}, 120_000);

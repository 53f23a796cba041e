import { serve, type ServerType } from '@hono/node-server';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '../../src/server/app';
import { oidcClient, oidcSettingsFrom } from '../../src/server/auth/oidc-client';
import { hashPassword } from '../../src/server/hr/password';
import { testStorage } from './test-storage';
import { HR, TEST_BANKS, TEST_MODULES } from './serve-app';

// The company's provider is down (nothing listens at its address) while the course starts.
let server: ServerType;
let base = '';
let app: ReturnType<typeof createApp> | undefined;
const logged: string[] = [];

/** A loopback port nothing listens on. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const issuer = `http://127.0.0.1:${await closedPort()}`;
  server = serve({ fetch: (req) => app!.fetch(req), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const log = (line: string) => void logged.push(line);
  const oidc = await oidcClient(oidcSettingsFrom({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'course', OIDC_CLIENT_SECRET: 'secret', PUBLIC_URL: base })!, log);
  app = createApp({ sql: await testStorage(), xapiUser: 'lrs', xapiPassword: 'pw', hrUser: HR.user, hrPasswordHash: await hashPassword(HR.password), modules: TEST_MODULES, banks: TEST_BANKS, oidc, publicUrl: base, log });
}, 60_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a provider that is down while the course starts does not keep the course down: it says it will try again', () => {
  expect(logged.some((l) => l.includes('did not answer'))).toBe(true);
});

test('signing in while the provider is down comes back to the first screen with the reason, not an error page', async () => {
  const login = await fetch(`${base}/auth/login?next=/hr`, { redirect: 'manual' });
  expect(login.status).toBe(302);
  // Back on the page it started from (HR's), which explains the failure and offers to try again.
  expect(login.headers.get('location')).toBe('/hr?signin=failed');
  const config = (await (await fetch(`${base}/config.json`)).json()) as { signIn: { mode: string } };
  expect(config.signIn.mode).toBe('company');
});

test('HR’s break-glass account signs in and sees the records while the provider is down', async () => {
  const login = await fetch(`${base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  expect(login.status).toBeLessThan(300);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  expect((await fetch(`${base}/hr/api/progress`, { headers: { Cookie: cookie } })).status).toBe(200);
});

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { startRecordsServer } from '../../src/server/records-server';
import { IDP_CLIENT, startOidcProvider, type IdpUser } from '../setup/oidc-provider';

/** The records server's own xAPI credentials in these tests. */
export const xapiAuth = `Basic ${Buffer.from('lrs:e2e-lrs').toString('base64')}`;

/** A free loopback port: the redirect URI registered at the provider must name the app's port before the app starts. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * The course with company sign-in, as a company runs it: the built app and the records server with
 * OIDC_* set, and a real OpenID provider on loopback whose own login page the browser fills in.
 * Both stop, and the data goes, when the test file ends.
 */
export async function companyCourse() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const idp = await startOidcProvider([`${base}/auth/callback`], { postLogoutRedirectUris: [`${base}/auth/signed-out`] });
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-e2e-oidc-'));
  const app = await startRecordsServer({
    root: 'dist',
    dataDir,
    port,
    env: { HR_USER: 'hr', HR_PASSWORD: 'unused-break-glass', XAPI_USER: 'lrs', XAPI_PASSWORD: 'e2e-lrs', PUBLIC_URL: base, OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: IDP_CLIENT.id, OIDC_CLIENT_SECRET: IDP_CLIENT.secret },
    log: () => {},
  });
  afterAll(async () => {
    await app.close();
    await idp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    base,
    idp,
    app,
    /** The provider's own login page (not ours): its development form takes the user's key as the login. */
    async signInAtProvider(page: Page, user: IdpUser) {
      await page.waitForURL((url) => url.href.startsWith(idp.issuer));
      await page.locator('input[name="login"]').fill(user);
      await page.locator('input[name="password"]').fill('any password');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => url.href.startsWith(base));
    },
    /** Signs out from the details page as a person does: the provider's own page asks to confirm, then sends the browser back. */
    async signOut(page: Page) {
      await page.goto(`${base}/profile`);
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL((url) => url.href.startsWith(idp.issuer));
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL((url) => url.href.startsWith(base));
    },
    /** How many answers with this response the records server holds in this employee's name. */
    async answersStoredFor(employeeId: string, response: string) {
      const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com/employees', name: employeeId } });
      const res = await fetch(`${base}/xapi/statements?agent=${encodeURIComponent(agent)}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/answered')}&limit=500`, {
        headers: { Authorization: xapiAuth, 'X-Experience-API-Version': '1.0.3' },
      });
      return ((await res.json()) as { statements: { result?: { response?: string } }[] }).statements.filter((s) => s.result?.response === response).length;
    },
  };
}

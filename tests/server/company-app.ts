import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/app';
import { oidcClient, oidcSettingsFrom } from '../../src/server/auth/oidc-client';
import { hashPassword } from '../../src/server/hr/password';
import { IDP_CLIENT, startOidcProvider } from '../setup/oidc-provider';
import { HR, TEST_BANKS, TEST_MODULES } from './serve-app';
import { testStorage } from './test-storage';

export interface CompanyApp {
  base: string;
  app: ReturnType<typeof createApp>;
  idp: Awaited<ReturnType<typeof startOidcProvider>>;
  close(): Promise<void>;
}

/**
 * The course with company sign-in, over HTTP: the app on a loopback port, a real OpenID provider
 * on another (with or without `end_session_endpoint`), the test modules and quiz banks. `now` is
 * the app's clock (the provider keeps real time).
 */
export async function serveCompanyApp(o: { endSession?: boolean; now?: () => number } = {}): Promise<CompanyApp> {
  // The app needs the port for its PUBLIC_URL, so it is made once the server listens.
  const ready: { app?: ReturnType<typeof createApp> } = {};
  const server: ServerType = serve({ fetch: (req) => ready.app!.fetch(req), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp = await startOidcProvider([`${base}/auth/callback`], { postLogoutRedirectUris: [`${base}/auth/signed-out`], endSession: o.endSession });
  const oidc = await oidcClient(oidcSettingsFrom({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: IDP_CLIENT.id, OIDC_CLIENT_SECRET: IDP_CLIENT.secret, PUBLIC_URL: base })!);
  const app = createApp({ sql: await testStorage(), xapiUser: 'lrs', xapiPassword: 'pw', hrUser: HR.user, hrPasswordHash: await hashPassword(HR.password), modules: TEST_MODULES, banks: TEST_BANKS, oidc, publicUrl: base, now: o.now });
  ready.app = app;
  return {
    base,
    app,
    idp,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await idp.close();
    },
  };
}

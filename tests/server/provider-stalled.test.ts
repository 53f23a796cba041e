import { afterAll, beforeAll, expect, test } from 'vitest';
import { oidcClient, oidcSettingsFrom, type OidcClient } from '../../src/server/auth/oidc-client';
import { IDP_CLIENT, signInAtProvider, startOidcProvider } from '../setup/oidc-provider';

// A provider that answers some requests and leaves others hanging, as an overloaded or stalled one
// does: each request to it must give up after OIDC_TIMEOUT_SECONDS, so that the sign-in ends with
// a reason the first screen can explain instead of holding the browser for as long as the socket stays open.
const APP = 'http://127.0.0.1:9';
const held = new Set<string>();
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
const logged: string[] = [];
const settings = () =>
  oidcSettingsFrom({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: IDP_CLIENT.id, OIDC_CLIENT_SECRET: IDP_CLIENT.secret, PUBLIC_URL: APP, OIDC_TIMEOUT_SECONDS: '1' })!;

beforeAll(async () => {
  idp = await startOidcProvider([`${APP}/auth/callback`], { hold: (path) => held.has(path) });
}, 60_000);
afterAll(() => idp?.close());

test('a token endpoint that never answers ends the sign-in with an error instead of holding the callback', async () => {
  held.clear();
  const client: OidcClient = await oidcClient(settings());
  const { url, pending } = await client.begin('/');
  const callback = await signInAtProvider(url, 'trainee', APP);
  held.add('/token');
  await expect(client.finish(callback, pending)).rejects.toThrow();
}, 30_000);

test('discovery that never answers lets the course start, and a sign-in meanwhile ends with an error', async () => {
  held.clear();
  held.add('/.well-known/openid-configuration');
  const client = await oidcClient(settings(), (line) => void logged.push(line));
  expect(logged.some((l) => l.includes('did not answer'))).toBe(true);
  await expect(client.begin('/')).rejects.toThrow();
  // Once the provider answers again, the next sign-in goes through.
  held.clear();
  expect((await client.begin('/')).url.origin).toBe(idp.issuer);
}, 30_000);

test('the time limit is a number of seconds within reason', () => {
  const env = { OIDC_ISSUER: 'https://idp.example.com', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's', PUBLIC_URL: APP };
  expect(oidcSettingsFrom(env)!.timeoutSeconds).toBe(10);
  expect(() => oidcSettingsFrom({ ...env, OIDC_TIMEOUT_SECONDS: 'soon' })).toThrow(/OIDC_TIMEOUT_SECONDS/);
  expect(() => oidcSettingsFrom({ ...env, OIDC_TIMEOUT_SECONDS: '0' })).toThrow(/OIDC_TIMEOUT_SECONDS/);
});

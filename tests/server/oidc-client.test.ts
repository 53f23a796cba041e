import { afterAll, beforeAll, expect, test } from 'vitest';
import { oidcClient, oidcSettingsFrom, safeNext, type OidcClient } from '../../src/server/auth/oidc-client';
import { IDP_CLIENT, signInAtProvider, startOidcProvider } from '../setup/oidc-provider';

const APP = 'http://127.0.0.1:9';
let idp: Awaited<ReturnType<typeof startOidcProvider>>;
let client: OidcClient;

beforeAll(async () => {
  idp = await startOidcProvider([`${APP}/auth/callback`]);
  client = await oidcClient(oidcSettingsFrom({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: IDP_CLIENT.id, OIDC_CLIENT_SECRET: IDP_CLIENT.secret, PUBLIC_URL: `${APP}/` })!);
}, 60_000);
afterAll(() => idp?.close());

test('a trainee signs in at the company provider with PKCE and comes back with the claims of their account', async () => {
  const { url, pending } = await client.begin('/modules/01-foundations');
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('redirect_uri')).toBe(`${APP}/auth/callback`);
  const callback = await signInAtProvider(url, 'trainee', APP);
  const who = await client.finish(callback, pending);
  expect(who).toEqual({ subject: 'trainee', employeeId: 'E2001', name: '王芳', department: '华南销售部', roles: ['trainee'], idToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
  expect(pending.next).toBe('/modules/01-foundations');
});

test('the HR user in group sta-hr gets the HR role', async () => {
  const { url, pending } = await client.begin(undefined);
  const who = await client.finish(await signInAtProvider(url, 'hr', APP), pending);
  expect(who).toMatchObject({ employeeId: 'E9001', roles: ['trainee', 'hr'] });
});

test('a callback with another login\'s state is refused', async () => {
  const first = await client.begin('/');
  const second = await client.begin('/');
  const callback = await signInAtProvider(first.url, 'trainee', APP);
  await expect(client.finish(callback, second.pending)).rejects.toThrow();
});

test('signing out goes to the provider\'s end-session endpoint with the ID token as hint, the course\'s client id and its signed-out page', async () => {
  const url = (await client.endSessionUrl('header.payload.signature', 'course'))!;
  expect(`${url.origin}${url.pathname}`).toBe(`${idp.issuer}/session/end`);
  expect(Object.fromEntries(url.searchParams)).toEqual({ id_token_hint: 'header.payload.signature', post_logout_redirect_uri: `${APP}/auth/signed-out`, client_id: IDP_CLIENT.id });
  expect((await client.endSessionUrl(undefined, 'course'))!.searchParams.has('id_token_hint')).toBe(false);
  // From HR's pages, a state the provider hands back to the signed-out page.
  expect((await client.endSessionUrl(undefined, 'hr'))!.searchParams.get('state')).toBe('hr');
});

test('only local paths are returned to, and half a configuration is an error', () => {
  expect(safeNext('//evil.example.com')).toBe('/');
  expect(safeNext('https://evil.example.com')).toBe('/');
  expect(safeNext('/hr')).toBe('/hr');
  expect(() => oidcSettingsFrom({ OIDC_ISSUER: 'https://idp.example.com' })).toThrow(/PUBLIC_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/);
  expect(oidcSettingsFrom({})).toBeUndefined();
});

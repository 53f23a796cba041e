import { afterAll, beforeAll, expect, test } from 'vitest';
import { IDP_CLIENT, providerBrowser, type IdpUser } from '../setup/oidc-provider';
import { serveCompanyApp, type CompanyApp } from './company-app';

// Signing out of the course ends the session at the company's provider too (RP-Initiated Logout):
// on a shared training-room PC the next person must not be signed straight in as the previous one.
// The app on a loopback port, a real provider on another, and one "browser" at the provider.

const served: CompanyApp[] = [];

/** The course with company sign-in against a provider of its own, with or without `end_session_endpoint`. */
async function serveCourse(endSession: boolean): Promise<CompanyApp> {
  const course = await serveCompanyApp({ endSession });
  served.push(course);
  return course;
}

let withEndSession: CompanyApp;
let withoutEndSession: CompanyApp;
beforeAll(async () => {
  withEndSession = await serveCourse(true);
  withoutEndSession = await serveCourse(false);
}, 60_000);
afterAll(async () => {
  for (const course of served) await course.close();
});

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

/** The course's sign-in in `browser`: whether the provider asked for the login, and the session opened. */
async function signIn(course: CompanyApp, browser: ReturnType<typeof providerBrowser>, user: IdpUser) {
  const login = await fetch(`${course.base}/auth/login?next=/`, { redirect: 'manual' });
  const { callback, askedToLogIn } = await browser.signIn(new URL(login.headers.get('location')!), user, course.base);
  const back = await fetch(callback, { redirect: 'manual', headers: { Cookie: cookieOf(login, 'sta_login')! } });
  expect(back.headers.get('location')).toBe('/');
  const cookie = cookieOf(back, 'sta_session')!;
  const config = (await (await fetch(`${course.base}/config.json`, { headers: { Cookie: cookie } })).json()) as { signIn: { user: { employeeId: string }; csrf: string } };
  return { askedToLogIn, cookie, csrf: config.signIn.csrf, employeeId: config.signIn.user.employeeId };
}

const post = (course: CompanyApp, path: string, who: { cookie: string; csrf: string }) => fetch(`${course.base}${path}`, { method: 'POST', headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf } });

/** The claims of a JWT, read without checking (the provider checks the hint; this test reads whose it is). */
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

test('signing out ends the session at the provider too: the browser is sent there, comes back to the first screen, and the next sign-in asks for the password again', async () => {
  const course = withEndSession;
  const pc = providerBrowser();
  const first = await signIn(course, pc, 'trainee');
  expect(first.askedToLogIn).toBe(true);
  // What a shared PC does without RP-initiated logout: the provider's session signs the next person straight in.
  const again = await signIn(course, pc, 'hr');
  expect(again).toMatchObject({ askedToLogIn: false, employeeId: 'E2001' });

  const out = await post(course, '/auth/logout', again);
  expect(out.status).toBe(200);
  expect(out.headers.getSetCookie().join('\n')).toMatch(/sta_session=;/);
  const endSessionUrl = new URL(((await out.json()) as { endSessionUrl: string }).endSessionUrl);
  expect(`${endSessionUrl.origin}${endSessionUrl.pathname}`).toBe(`${course.idp.issuer}/session/end`);
  expect(endSessionUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${course.base}/auth/signed-out`);
  expect(endSessionUrl.searchParams.get('client_id')).toBe(IDP_CLIENT.id);
  // The ID token kept with the session at sign-in, as the provider issued it for this course and person.
  expect(claimsOf(endSessionUrl.searchParams.get('id_token_hint')!)).toMatchObject({ iss: course.idp.issuer, aud: IDP_CLIENT.id, sub: 'trainee' });
  // Our session is over at once.
  expect((await post(course, '/auth/token', again)).status).toBe(401);

  // The provider ends its session and returns to the registered address, which shows the first screen with the notice.
  const landed = await pc.signOut(endSessionUrl, course.base);
  expect(landed.href).toBe(`${course.base}/auth/signed-out`);
  const signedOut = await fetch(landed, { redirect: 'manual' });
  expect(signedOut.status).toBe(302);
  expect(signedOut.headers.get('location')).toBe('/?signin=signed-out');

  // The next person at the same PC is asked who they are, and gets their own account.
  const next = await signIn(course, pc, 'hr');
  expect(next).toMatchObject({ askedToLogIn: true, employeeId: 'E9001' });
});

test('HR signing out of the HR pages with the company account gets the same end-session address', async () => {
  const course = withEndSession;
  const pc = providerBrowser();
  const hr = await signIn(course, pc, 'hr');
  const out = await post(course, '/hr/api/logout', hr);
  expect(out.status).toBe(200);
  const endSessionUrl = new URL(((await out.json()) as { endSessionUrl: string }).endSessionUrl);
  expect(claimsOf(endSessionUrl.searchParams.get('id_token_hint')!)).toMatchObject({ sub: 'hr' });
  expect(endSessionUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${course.base}/auth/signed-out`);
  expect((await fetch(`${course.base}/hr/api/session`, { headers: { Cookie: hr.cookie } })).status).toBe(401);

  // The provider hands the state back, so HR lands on HR's sign-in rather than the course's first screen.
  const landed = await pc.signOut(endSessionUrl, course.base);
  expect(`${landed.origin}${landed.pathname}`).toBe(`${course.base}/auth/signed-out`);
  const signedOut = await fetch(landed, { redirect: 'manual' });
  expect(signedOut.headers.get('location')).toBe('/hr?signin=signed-out');
});

test('the signed-out address sends any state it does not know to the course’s first screen', async () => {
  for (const state of ['', 'https://elsewhere.example/', '/hr/../evil'])
    expect((await fetch(`${withEndSession.base}/auth/signed-out?state=${encodeURIComponent(state)}`, { redirect: 'manual' })).headers.get('location')).toBe('/?signin=signed-out');
});

test('with a provider that has no end_session_endpoint, signing out ends our session and answers 204 as before', async () => {
  const course = withoutEndSession;
  const discovery = (await (await fetch(`${course.idp.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
  expect(discovery).not.toHaveProperty('end_session_endpoint');
  const trainee = await signIn(course, providerBrowser(), 'trainee');
  const out = await post(course, '/auth/logout', trainee);
  expect(out.status).toBe(204);
  expect(await out.text()).toBe('');
  expect((await post(course, '/auth/token', trainee)).status).toBe(401);
});

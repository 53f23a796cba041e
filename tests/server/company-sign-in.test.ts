import { afterAll, beforeAll, expect, test } from 'vitest';
import { activityIds, buildStatement } from '../../src/domain';
import { IDP_USERS, signInAtProvider } from '../setup/oidc-provider';
import { serveCompanyApp, type CompanyApp } from './company-app';
import { cookieOf, signInFlow } from './sign-in-flow';
import { HR } from './serve-app';

// The whole sign-in over HTTP against a real provider: the app on a loopback port, the provider on another.
/** How far the app's clock is ahead of the real one (the provider keeps real time). */
let later = 0;
let course: CompanyApp;
let base = '';
let app: CompanyApp['app'] | undefined;

beforeAll(async () => {
  course = await serveCompanyApp({ now: () => Date.now() + later });
  ({ base, app } = course);
}, 60_000);
afterAll(() => course?.close());

const { signIn, post, tokenOf } = signInFlow(() => base);

/** Sends one of the trainee's statements with a page's statement token. */
const recordWith = (token: string) =>
  fetch(`${base}/xapi/statements`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify(buildStatement({ id: crypto.randomUUID(), trainee: { name: IDP_USERS.trainee.name, employeeId: 'E2001', homePage: 'https://sales-target-academy.example.com/employees' }, verb: 'experienced', object: { id: activityIds().module('01-foundations'), type: 'module' }, timestamp: new Date().toISOString() })),
  });

test('a trainee signs in at the company provider: an HttpOnly, SameSite=Lax session, and the page learns who they are from config.json', async () => {
  const trainee = await signIn('trainee', '/modules/01-foundations');
  expect(trainee.setCookie).toMatch(/sta_session=[^;]+;.*HttpOnly/);
  expect(trainee.setCookie).toMatch(/SameSite=Lax/);
  expect(trainee.setCookie).not.toMatch(/Secure/); // PUBLIC_URL is http here
  expect(trainee.config.signIn.user).toEqual({ employeeId: 'E2001', name: IDP_USERS.trainee.name, department: IDP_USERS.trainee.department, roles: ['trainee'] });
  const anonymous = (await (await fetch(`${base}/config.json`)).json()) as { signIn: object; records: { register: string } };
  expect(anonymous.signIn).toEqual({ mode: 'company', login: '/auth/login' });
  expect(anonymous.records.register).toBe('/auth/token');
});

test('self-registration is refused with the reason, and the statement token goes only to a signed-in session, in the provider\'s name', async () => {
  const refused = await fetch(`${base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '冒名者', employeeId: 'E2001', department: '华南销售部' }) });
  expect(refused.status).toBe(403);
  expect(await refused.json()).toMatchObject({ error: 'company_sign_in', message: expect.stringMatching(/company sign-in/) });
  expect((await fetch(`${base}/auth/token`, { method: 'POST' })).status).toBe(401);
  const trainee = await signIn('trainee');
  expect((await post('/auth/token', { ...trainee, csrf: 'wrong' })).status).toBe(403);
  const issued = await post('/auth/token', trainee, { name: '冒名者', employeeId: 'E9001', department: 'x' });
  expect(issued.status).toBe(201);
  const { token, actor } = (await issued.json()) as { token: string; actor: { name: string; account: { name: string } } };
  expect(actor).toMatchObject({ name: IDP_USERS.trainee.name, account: { name: 'E2001' } });
  const statement = buildStatement({ id: crypto.randomUUID(), trainee: { name: actor.name, employeeId: 'E2001', homePage: (actor.account as { homePage?: string }).homePage ?? '' }, verb: 'experienced', object: { id: activityIds().module('01-foundations'), type: 'module' }, timestamp: new Date().toISOString() });
  const sent = await fetch(`${base}/xapi/statements`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(statement) });
  expect(sent.status).toBe(200);
});

test('HR signing in the same way sees the trainee with the provider\'s name and department; a trainee session cannot reach HR\'s views', async () => {
  const trainee = await signIn('trainee');
  expect((await fetch(`${base}/hr/api/progress`, { headers: { Cookie: trainee.cookie } })).status).toBe(403);
  const hr = await signIn('hr', '/hr');
  const session = (await (await fetch(`${base}/hr/api/session`, { headers: { Cookie: hr.cookie } })).json()) as { user: string; breakGlass: boolean };
  expect(session).toMatchObject({ user: 'E9001', breakGlass: false });
  const progress = (await (await fetch(`${base}/hr/api/progress?q=E2001`, { headers: { Cookie: hr.cookie } })).json()) as { rows: { employeeId: string; name: string; department: string; selfDeclared?: boolean }[] };
  expect(progress.rows).toEqual([expect.objectContaining({ employeeId: 'E2001', name: IDP_USERS.trainee.name, department: IDP_USERS.trainee.department })]);
  expect(progress.rows[0]!.selfDeclared).toBeFalsy();
});

test('only a trainer starts a live session', async () => {
  const trainee = await signIn('trainee');
  expect((await post('/api/live/sessions', trainee, { moduleId: '01-foundations' })).status).toBe(403);
  expect((await fetch(`${base}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"moduleId":"01-foundations"}' })).status).toBe(401);
  const trainer = await signIn('trainer');
  expect((await post('/api/live/sessions', trainer, { moduleId: '01-foundations' })).status).toBe(201);
});

test('a callback that this browser did not start is refused, and signing out ends the session and the statement tokens its pages were given, not those of the person\'s other sign-ins', async () => {
  const login = await fetch(`${base}/auth/login?next=/`, { redirect: 'manual' });
  const callback = await signInAtProvider(new URL(login.headers.get('location')!), 'trainee', base);
  const stranger = await fetch(callback, { redirect: 'manual' });
  expect(stranger.headers.get('location')).toBe('/?signin=expired');
  expect(cookieOf(stranger, 'sta_session')).toBeUndefined();
  const trainee = await signIn('trainee');
  const otherDevice = await signIn('trainee');
  const [here, there] = [await tokenOf(trainee), await tokenOf(otherDevice)];
  expect((await recordWith(here)).status).toBe(200);
  expect((await fetch(`${base}/auth/logout`, { method: 'POST', headers: { Cookie: trainee.cookie } })).status).toBe(403);
  expect((await post('/auth/logout', trainee)).status).toBe(200); // with where the provider's sign-out is: company-sign-out.test.ts
  expect((await post('/auth/token', trainee)).status).toBe(401);
  // What a shared browser still holds records nothing more in the name of who signed out there.
  expect((await recordWith(here)).status).toBe(401);
  expect((await recordWith(there)).status).toBe(200);
});

test('a statement token lives as long as the sign-in it was given to: a page sending with it keeps the session open, and once the session runs out (unused too long, or too old) the token records nothing more', async () => {
  const minutes = (n: number) => (later += n * 60_000);
  const { sessionIdleMinutes: idle, sessionMaxHours: maxHours } = app!.settings;
  const signedInAs = async (who: { cookie: string }) => ((await (await fetch(`${base}/config.json`, { headers: { Cookie: who.cookie } })).json()) as { signIn: { user?: { employeeId: string } } }).signIn.user?.employeeId;
  try {
    const trainee = await signIn('trainee');
    const token = await tokenOf(trainee);
    // Two gaps shorter than the idle time make a span longer than it: the statements in between kept the session open.
    minutes(idle - 20);
    expect((await recordWith(token)).status).toBe(200);
    minutes(idle - 20);
    expect((await recordWith(token)).status).toBe(200);
    expect(await signedInAs(trainee)).toBe('E2001');
    minutes(idle + 1);
    expect((await recordWith(token)).status).toBe(401);
    expect(await signedInAs(trainee)).toBeUndefined();

    // However busy, a sign-in ends after its longest time, and its token with it.
    const busy = await signIn('trainee');
    const busyToken = await tokenOf(busy);
    const step = idle - 20;
    let elapsed = 0;
    while (elapsed + step < maxHours * 60) {
      minutes(step);
      elapsed += step;
      expect((await recordWith(busyToken)).status).toBe(200);
    }
    minutes(step);
    expect((await recordWith(busyToken)).status).toBe(401);
    expect((await post('/auth/token', busy)).status).toBe(401);
  } finally {
    later = 0;
  }
});

test('employee ids match whatever their case: a grant typed e9003 reaches E9003 at sign-in, and another account with e2001 is not a second E2001', async () => {
  const login = await fetch(`${base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const admin = { Cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'X-CSRF-Token': ((await login.json()) as { csrf: string }).csrf, 'Content-Type': 'application/json' };
  await signIn('manager');
  expect((await fetch(`${base}/hr/api/roles/e9003`, { method: 'PUT', headers: admin, body: '{"roles":["hr"]}' })).status).toBe(200);
  // Listed under the id as the company spells it, with the person's name.
  const listed = ((await (await fetch(`${base}/hr/api/roles`, { headers: admin })).json()) as { grants: { employeeId: string; name: string | null; role: string }[] }).grants;
  expect(listed.filter((g) => g.role === 'hr')).toMatchObject([{ employeeId: 'E9003', name: IDP_USERS.manager.name }]);
  expect((await signIn('manager')).config.signIn.user.roles).toEqual(['trainee', 'manager', 'hr']);
  // Granted again in another case, then removed: one person's grants, not two.
  expect((await fetch(`${base}/hr/api/roles/E9003`, { method: 'PUT', headers: admin, body: '{"roles":[]}' })).status).toBe(200);
  expect((await signIn('manager')).config.signIn.user.roles).toEqual(['trainee', 'manager']);

  await signIn('trainee');
  const other = await fetch(`${base}/auth/login?next=/`, { redirect: 'manual' });
  const callback = await signInAtProvider(new URL(other.headers.get('location')!), 'lowercase', base);
  const back = await fetch(callback, { redirect: 'manual', headers: { Cookie: cookieOf(other, 'sta_login')! } });
  expect(back.headers.get('location')).toBe('/?signin=taken');
});

test('cancelling at the provider (error=access_denied) comes back to the page the sign-in started from, with the reason, and nothing is signed in', async () => {
  const login = await fetch(`${base}/auth/login?next=${encodeURIComponent('/modules/01-foundations/quiz')}`, { redirect: 'manual' });
  const state = new URL(login.headers.get('location')!).searchParams.get('state')!;
  const back = await fetch(`${base}/auth/callback?error=access_denied&error_description=End-User+aborted+interaction&state=${encodeURIComponent(state)}`, {
    redirect: 'manual',
    headers: { Cookie: cookieOf(login, 'sta_login')! },
  });
  expect(back.headers.get('location')).toBe('/modules/01-foundations/quiz?signin=refused');
  expect(cookieOf(back, 'sta_session')).toBeUndefined();
  // From HR's pages, back to HR's sign-in.
  const fromHr = await fetch(`${base}/auth/login?next=/hr`, { redirect: 'manual' });
  const hrState = new URL(fromHr.headers.get('location')!).searchParams.get('state')!;
  const hrBack = await fetch(`${base}/auth/callback?error=access_denied&state=${encodeURIComponent(hrState)}`, { redirect: 'manual', headers: { Cookie: cookieOf(fromHr, 'sta_login')! } });
  expect(hrBack.headers.get('location')).toBe('/hr?signin=refused');
});

test('a browser whose session is over is told so once by config.json (the page then asks to sign in again), a browser that never signed in is not', async () => {
  const trainee = await signIn('trainee');
  expect((await post('/auth/logout', trainee)).status).toBeLessThan(300);
  const stale = await fetch(`${base}/config.json`, { headers: { Cookie: trainee.cookie } });
  expect(((await stale.json()) as { signIn: unknown }).signIn).toEqual({ mode: 'company', login: '/auth/login', ended: true });
  // The stale cookie goes, so the note is not repeated on every page.
  expect(stale.headers.getSetCookie().join('\n')).toMatch(/sta_session=;.*Max-Age=0/);
  expect(((await (await fetch(`${base}/config.json`)).json()) as { signIn: unknown }).signIn).toEqual({ mode: 'company', login: '/auth/login' });
});

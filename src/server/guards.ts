import type { Context, MiddlewareHandler } from 'hono';
import { sameSecret } from './request-helpers';
import { getCookie } from 'hono/cookie';
import type { AppEnv, HrSession, SignedInUser } from './route-table';
import type { SessionStore } from './auth/session-store';
import { fail } from './route-table';
import type { TraineeRegistry } from './trainees';
import type { HrSessions } from './hr/sessions';

const SUPPORTED_VERSION = /^(1\.0(\.[0-3])?|2\.0\.0)$/;
export const HR_COOKIE = 'sta_hr';

const same = (a: string, b: string) => sameSecret(a, b);

const bearer = (header: string | undefined) => {
  const [scheme, token] = (header ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
};

/** A trainee's browser token (`Authorization: Bearer …`). */
export function traineeGuard(trainees: TraineeRegistry): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c.req.header('Authorization'));
    const trainee = token && token.length <= 200 ? await trainees.identify(token) : undefined;
    if (!trainee) {
      c.header('WWW-Authenticate', 'Bearer');
      return fail(c, 401, 'unauthorized', 'a trainee token is required');
    }
    c.set('caller', { kind: 'trainee', trainee });
    await next();
  };
}

/** The LRS: an xAPI version header, then the full-access Basic credential or a trainee token. */
export function lrsGuard({ user, password, trainees }: { user: string; password: string; trainees: TraineeRegistry }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const version = c.req.header('X-Experience-API-Version');
    if (!version || !SUPPORTED_VERSION.test(version)) return fail(c, 400, 'bad_version', 'X-Experience-API-Version must be 1.0.0–1.0.3 or 2.0.0');
    const auth = c.req.header('Authorization') ?? '';
    const [scheme, encoded] = auth.split(' ');
    const [u, p] = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8').split(/:(.*)/s) : [];
    const token = bearer(auth);
    const trainee = token && token.length <= 200 ? await trainees.identify(token) : undefined;
    if (trainee) c.set('caller', { kind: 'trainee', trainee });
    else if (u && p !== undefined && same(u, user) && same(p, password)) c.set('caller', { kind: 'full' });
    else {
      // The challenge names the scheme that was tried: a browser answers a Basic challenge to its
      // own request by asking for a password, which holds a refused trainee token's request open.
      c.header('WWW-Authenticate', token ? 'Bearer' : 'Basic realm="xAPI"');
      return fail(c, 401, 'unauthorized', 'credentials required');
    }
    c.header('X-Experience-API-Version', '1.0.3');
    await next();
  };
}

export const USER_COOKIE = 'sta_session';

const changesState = (method: string) => method !== 'GET' && method !== 'HEAD';

/** A signed-in user's session from their cookie, its CSRF token checked on anything that changes state. */
async function signedIn(c: Context<AppEnv>, users: SessionStore): Promise<{ user: SignedInUser } | { refuse: Response }> {
  const token = getCookie(c, USER_COOKIE);
  const session = await users.find(token);
  if (!session || !token) return { refuse: fail(c, 401, 'unauthorized', 'sign in with your company account first') };
  if (changesState(c.req.method) && c.req.header('X-CSRF-Token') !== session.csrf) return { refuse: fail(c, 403, 'csrf', 'the CSRF token is missing or wrong') };
  return { user: { ...session, token } };
}

/** Anyone signed in with the company account. */
export function signedInGuard(users: SessionStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const found = await signedIn(c, users);
    if ('refuse' in found) return found.refuse;
    c.set('user', found.user);
    await next();
  };
}

/** A trainer (or an admin). Without company sign-in there are no trainer accounts: a pilot's trainer is whoever runs the console. */
export function trainerGuard(users: SessionStore, companySignIn: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (companySignIn) {
      const found = await signedIn(c, users);
      if ('refuse' in found) return found.refuse;
      if (!found.user.roles.some((r) => r === 'trainer' || r === 'admin')) return fail(c, 403, 'forbidden', 'only a trainer may do this');
      c.set('user', found.user);
    }
    await next();
  };
}

/** The local break-glass account is an admin: it must be able to grant the roles company sign-in lacks. */
export const BREAK_GLASS_ROLES: HrSession['roles'] = ['admin'];

/**
 * HR's views: the local break-glass account's cookie (an admin), or a signed-in user who is HR,
 * an admin (every department) or a manager (held to their own department). `need` narrows to admins.
 */
export function hrGuard(sessions: HrSessions, users: SessionStore | undefined, need: 'hr' | 'admin' = 'hr'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const local = getCookie(c, HR_COOKIE);
    const glass = await sessions.find(local);
    let session: HrSession;
    if (glass && local) {
      if (changesState(c.req.method) && c.req.header('X-CSRF-Token') !== glass.csrf) return fail(c, 403, 'csrf', 'the CSRF token is missing or wrong');
      session = { ...glass, token: local, breakGlass: true, roles: BREAK_GLASS_ROLES };
    } else {
      const found = users ? await signedIn(c, users) : undefined;
      if (!found) return fail(c, 401, 'unauthorized', 'an HR session is required');
      if ('refuse' in found) return found.refuse;
      const { roles, department, employeeId, csrf, token } = found.user;
      const whole = roles.includes('hr') || roles.includes('admin');
      if (need === 'admin' ? !roles.includes('admin') : !whole && !roles.includes('manager')) return fail(c, 403, 'forbidden', need === 'admin' ? 'only an admin may do this' : 'only HR and managers may see this');
      // A manager whose account names no department sees nobody's records rather than everybody's.
      if (!whole && !department) return fail(c, 403, 'no_department', 'your company account names no department');
      session = { user: employeeId, csrf, token, department: whole ? null : department, breakGlass: false, roles };
    }
    if (need === 'admin' && !session.roles.includes('admin')) return fail(c, 403, 'forbidden', 'only an admin may do this');
    c.set('session', session);
    await next();
  };
}

import type { MiddlewareHandler } from 'hono';
import { sameSecret } from './request-helpers';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './route-table';
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
      c.header('WWW-Authenticate', 'Basic realm="xAPI"');
      return fail(c, 401, 'unauthorized', 'credentials required');
    }
    c.header('X-Experience-API-Version', '1.0.3');
    await next();
  };
}

/** HR: a session cookie, and the session's CSRF token on anything that changes state. */
export function hrGuard(sessions: HrSessions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, HR_COOKIE);
    const session = await sessions.find(token);
    if (!session || !token) return fail(c, 401, 'unauthorized', 'an HR session is required');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.header('X-CSRF-Token') !== session.csrf) return fail(c, 403, 'csrf', 'the CSRF token is missing or wrong');
    c.set('session', { ...session, token });
    await next();
  };
}

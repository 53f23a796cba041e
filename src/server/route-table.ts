import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Role as UserRole } from '../domain';
import type { OpenSession } from './auth/session-store';
import type { TraineeIdentity } from './trainees';
import { jsonBody } from './json-body';

/**
 * Who may call a route:
 * - `public`: anyone;
 * - `trainee`: a trainee's browser token (their own records only);
 * - `lrs`: the full-access LRS credential, or a trainee token limited to that trainee;
 * - `signed-in`: anyone signed in with the company account (every signed-in user is a trainee);
 * - `trainer`: a signed-in trainer (without company sign-in, a pilot has no trainer accounts and anyone may);
 * - `hr`: HR's views: an HR user (every department), a manager (their department only), an admin,
 *   or the local break-glass account;
 * - `admin`: an admin, or the local break-glass account.
 * State changes by a cookie session also need that session's CSRF token.
 */
export type Role = 'public' | 'trainee' | 'lrs' | 'signed-in' | 'trainer' | 'hr' | 'admin';
export const ROUTE_ROLES: readonly Role[] = ['public', 'trainee', 'lrs', 'signed-in', 'trainer', 'hr', 'admin'];
export type Caller = { kind: 'full' } | { kind: 'trainee'; trainee: TraineeIdentity };
/**
 * Someone in HR's views: `department` limits every query and export to one department (a
 * manager's); `breakGlass` is the generated local account, which is an admin.
 */
export type HrSession = { user: string; csrf: string; token: string; department: string | null; breakGlass: boolean; roles: readonly UserRole[] };
export type SignedInUser = OpenSession & { token: string };
export type AppEnv = { Variables: { caller: Caller; session: HrSession; user: SignedInUser; body: unknown } };

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Hono's path syntax (`/api/certificates/:code`), from the site's root. */
  path: string;
  role: Role;
  /** What the body must be: nothing read; JSON (type, size and depth checked, then parsed into `c.var.body`); or a document of any type (size checked). */
  body: 'none' | 'json' | 'document';
  /** The largest body accepted, in bytes (413 above). */
  maxBytes?: number;
  handler: Handler<AppEnv>;
}

export const fail = (c: Context, status: 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 429, error: string, message: string, extra: object = {}) => {
  // The rest of a refused body is never read: the connection cannot carry another request.
  if (status === 413) c.header('Connection', 'close');
  if ('retryAfter' in extra) c.header('Retry-After', String(extra.retryAfter));
  return c.json({ error, message, ...extra }, status);
};

/**
 * Sets a header on the answer a middleware's `next()` produced, in place: `c.header` would first
 * copy the whole answer into a new Response (and off @hono/node-server's fast path). An answer
 * with immutable headers (one fetched from elsewhere) is copied as `c.header` does.
 */
export function setAnswerHeader(c: Context, name: string, value: string, onlyIfMissing = false) {
  const headers = c.res.headers;
  if (onlyIfMissing && headers.has(name)) return;
  try {
    headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}

/**
 * The largest body a route takes (413 above). A body with a Content-Length is judged by it alone
 * (Node's parser never reads past it), so the body is then read straight from the socket later;
 * Hono's `bodyLimit` would first turn the request into a web stream on every call. A chunked
 * body goes through `bodyLimit`, which counts its bytes as they come.
 */
function sizeLimit(max: number): MiddlewareHandler<AppEnv> {
  const tooLarge = (c: Context) => fail(c, 413, 'too_large', `the body is larger than ${Math.round(max / 1024)} KB`);
  const counted = bodyLimit({ maxSize: max, onError: tooLarge });
  return (c, next) => {
    const length = c.req.header('Content-Length');
    if (length === undefined || c.req.header('Transfer-Encoding') !== undefined) return counted(c, next);
    return Number.parseInt(length, 10) > max ? Promise.resolve(tooLarge(c)) : next();
  };
}

/** Registers every route of the table with its role's guard and its body checks: the app has no route the table does not list. */
export function registerRoutes(app: Hono<AppEnv>, routes: readonly Route[], guards: Record<Role, MiddlewareHandler<AppEnv>[]>, jsonMaxDepth: number) {
  for (const r of routes) {
    const checks: MiddlewareHandler<AppEnv>[] = [];
    if (r.body !== 'none') checks.push(sizeLimit(r.maxBytes ?? 16 * 1024));
    if (r.body === 'json') checks.push(jsonBody(jsonMaxDepth));
    app.on(r.method, [r.path], ...guards[r.role], ...checks, r.handler);
  }
}

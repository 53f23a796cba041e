import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { TraineeIdentity } from './trainees';
import { jsonBody } from './json-body';

/**
 * Who may call a route: anyone; a trainee with their browser token; the LRS (the full-access
 * credential, or a trainee token limited to that trainee); HR with a session.
 */
export type Role = 'public' | 'trainee' | 'lrs' | 'hr';
export type Caller = { kind: 'full' } | { kind: 'trainee'; trainee: TraineeIdentity };
export type HrSession = { user: string; csrf: string; token: string; department: string | null };
export type AppEnv = { Variables: { caller: Caller; session: HrSession; body: unknown } };

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

/** Registers every route of the table with its role's guard and its body checks: the app has no route the table does not list. */
export function registerRoutes(app: Hono<AppEnv>, routes: readonly Route[], guards: Record<Role, MiddlewareHandler<AppEnv>[]>, jsonMaxDepth: number) {
  for (const r of routes) {
    const checks: MiddlewareHandler<AppEnv>[] = [];
    if (r.body !== 'none') {
      const max = r.maxBytes ?? 16 * 1024;
      checks.push(bodyLimit({ maxSize: max, onError: (c) => fail(c, 413, 'too_large', `the body is larger than ${Math.round(max / 1024)} KB`) }));
    }
    if (r.body === 'json') checks.push(jsonBody(jsonMaxDepth));
    app.on(r.method, [r.path], ...guards[r.role], ...checks, r.handler);
  }
}

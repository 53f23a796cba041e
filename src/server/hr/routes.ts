import { Hono, type Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { compress } from 'hono/compress';
import { z } from 'zod';
import { buildMatrix, parseMatrixFilter, type CourseModuleInfo } from '../../domain';
import { clientAddress } from '../request-helpers';
import type { Db } from '../db';
import type { ProgressStore } from '../records/progress-store';
import { reportRunner } from './report-runner';
import { verifyPassword } from './password';
import { slidingWindowLimiter } from '../rate-limit';
import { hrSessions } from './sessions';
import { traineeRecords } from './trainee-records';

export interface HrOptions {
  db: Db;
  progress: ProgressStore;
  user: string;
  passwordHash: string;
  homePage: string;
  courseIri: string;
  modules: readonly CourseModuleInfo[];
  sessionHours?: number;
  now?: () => number;
}

const COOKIE = 'sta_hr';
const loginSchema = z.strictObject({ user: z.string().min(1).max(200), password: z.string().min(1).max(1000) });

type Session = { user: string; csrf: string; token: string };
type Env = { Variables: { session: Session } };

const fail = (c: Context, status: 400 | 401 | 403 | 404 | 429, error: string, message: string, extra: object = {}) => c.json({ error, message, ...extra }, status);


/** A browser always names its origin on a cross-site POST; one that names another site is refused. */
function foreignOrigin(c: Context): boolean {
  const origin = c.req.header('Origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== (c.req.header('Host') ?? new URL(c.req.url).host);
  } catch {
    return true;
  }
}

function safeFileDate(now: number) {
  return new Date(now).toISOString().slice(0, 10);
}

/**
 * HR's API under /hr/api: a scrypt-checked login with rate-limited failures, a session cookie
 * (HttpOnly, SameSite=Strict) and a CSRF token for anything that changes state; the matrix, a
 * trainee's timeline and the exports (CSV, XLSX, NDJSON) of exactly what is filtered.
 */
export function hrRoutes(o: HrOptions) {
  const now = o.now ?? Date.now;
  const sessions = hrSessions(o.db, (o.sessionHours ?? 12) * 3_600_000, now);
  const byAddress = slidingWindowLimiter({ max: 5, windowMs: 15 * 60_000, now });
  const byUser = slidingWindowLimiter({ max: 20, windowMs: 15 * 60_000, now });
  const records = traineeRecords(o.db, o.progress, o.homePage);
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && foreignOrigin(c)) return fail(c, 403, 'csrf', 'cross-site request refused');
    await next();
  });

  app.post('/login', async (c) => {
    const address = `ip:${clientAddress(c)}`;
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return fail(c, 400, 'bad_request', 'the body is not JSON');
    }
    const parsed = loginSchema.safeParse(body);
    if (!parsed.success) return fail(c, 400, 'bad_request', 'user and password are required');
    const userKey = `user:${parsed.data.user}`;
    const wait = Math.max(byAddress.retryAfter(address), byUser.retryAfter(userKey));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return fail(c, 429, 'rate_limited', 'too many failed attempts', { retryAfter: wait });
    }
    const userOk = parsed.data.user === o.user;
    // The hash is checked even for an unknown user, so timing does not tell which part was wrong.
    const passwordOk = await verifyPassword(parsed.data.password, o.passwordHash);
    if (!userOk || !passwordOk) {
      byAddress.record(address);
      byUser.record(userKey);
      return fail(c, 401, 'invalid_credentials', 'wrong user or password');
    }
    byAddress.forget(address);
    byUser.forget(userKey);
    const { token, csrf } = sessions.open(o.user);
    setCookie(c, COOKIE, token, {
      path: '/hr',
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https',
      maxAge: (o.sessionHours ?? 12) * 3600,
    });
    return c.json({ user: o.user, csrf });
  });

  // Everything below needs a session.
  app.use('*', async (c, next) => {
    const token = getCookie(c, COOKIE);
    const session = sessions.find(token);
    if (!session || !token) return fail(c, 401, 'unauthorized', 'an HR session is required');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.header('X-CSRF-Token') !== session.csrf) return fail(c, 403, 'csrf', 'the CSRF token is missing or wrong');
    c.set('session', { ...session, token });
    await next();
  });

  // The matrix of 10,000 trainees is ~20 MB of JSON and ~16 MB of CSV; both shrink about tenfold.
  app.use('*', compress());

  app.get('/session', (c) => c.json({ user: c.get('session').user, csrf: c.get('session').csrf }));

  app.post('/logout', (c) => {
    sessions.close(c.get('session').token);
    deleteCookie(c, COOKIE, { path: '/hr' });
    return c.body(null, 204);
  });

  const reports = reportRunner(o.db, { courseIri: o.courseIri, homePage: o.homePage, modules: o.modules, all: () => records.all() });
  const filterOf = (c: Context) => parseMatrixFilter(c.req.query());
  const langOf = (c: Context) => (c.req.query('lang') === 'en' ? 'en' : 'zh-CN');

  app.get('/progress', async (c) => {
    const parsed = filterOf(c);
    if ('error' in parsed) return fail(c, 400, 'bad_request', parsed.error);
    const report = await reports.run('progress', parsed.filter, langOf(c));
    return c.body(report.json, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/trainees/:employeeId', (c) => {
    const found = records.one(c.req.param('employeeId'), o.courseIri);
    if (!found) return fail(c, 404, 'not_found', 'no such trainee');
    const [row] = buildMatrix([found.trainee], o.modules);
    const { modules: _m, ...trainee } = found.trainee;
    return c.json({ trainee, row, timeline: found.timeline });
  });

  app.get('/export.csv', async (c) => {
    const parsed = filterOf(c);
    if ('error' in parsed) return fail(c, 400, 'bad_request', parsed.error);
    const report = await reports.run('csv', parsed.filter, langOf(c));
    return c.body(report.text, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="training-records-${safeFileDate(now())}.csv"`,
    });
  });

  app.get('/export.xlsx', async (c) => {
    const parsed = filterOf(c);
    if ('error' in parsed) return fail(c, 400, 'bad_request', parsed.error);
    const report = await reports.run('xlsx', parsed.filter, langOf(c));
    return c.body(report.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="training-records-${safeFileDate(now())}.xlsx"`,
    });
  });

  app.get('/statements.ndjson', (c) => {
    const parsed = filterOf(c);
    if ('error' in parsed) return fail(c, 400, 'bad_request', parsed.error);
    const lines = records.statementsOf(buildMatrix(records.all(), o.modules, parsed.filter).map((r) => r.employeeId));
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(`${next.value}\n`));
      },
    });
    return c.body(stream, 200, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="xapi-statements-${safeFileDate(now())}.ndjson"`,
    });
  });

  return app;
}

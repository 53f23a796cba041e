import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { matrixRow, parseMatrixFilter, parsePageRequest, type CourseModuleInfo, type QuizBank, type RoleplayTitle } from '../../domain';
import type { Sql } from '../storage/sql';
import { HR_COOKIE } from '../guards';
import { fail, type AppEnv, type Route } from '../route-table';
import type { LoginGuard } from './login-guard';
import { reportRunner } from './report-runner';
import { reportTimeZone, type ReportRequest } from './reports';
import { itemReport } from './item-report';
import { itemCsv, itemXlsx } from './item-export';
import { savedViewRoutes } from './saved-views';
import { dueDates } from './due-dates';
import { cohorts } from './cohorts';
import type { HrSessions } from './sessions';
import type { SessionStore } from '../auth/session-store';
import type { OidcClient } from '../auth/oidc-client';
import { signOut } from '../auth/auth-routes';
import { BREAK_GLASS_ROLES } from '../guards';
import { traineeRecords } from './trainee-records';
import { reviewReport } from './review-report';
import type { LearnerSummaries } from '../records/learner-summaries';

export interface HrOptions {
  sql: Sql;
  courseId?: string;
  /** Each trainee's review and practice summaries, for the review report and the item analysis. */
  summaries: LearnerSummaries;
  sessions: HrSessions;
  /** Company sign-in sessions (HR, managers and admins reach these views with them). */
  users: SessionStore;
  /** The company's provider, whose session a company sign-out ends too. */
  oidc?: OidcClient;
  login: LoginGuard;
  homePage: string;
  courseIri: string;
  modules: readonly CourseModuleInfo[];
  /** The question banks, for the item analysis's questions and options as HR reads them. */
  banks?: Readonly<Record<string, QuizBank>>;
  /** The role-plays' titles, for the role-play endings as HR reads them. */
  roleplays?: readonly RoleplayTitle[];
  sessionHours?: number;
  now?: () => number;
  /** Where a background failure is told. */
  log?: (line: string) => void;
}

const loginSchema = z.strictObject({ user: z.string().min(1).max(200), password: z.string().min(1).max(1000) });
const FILTER_KEYS = new Set(['department', 'module', 'q', 'status', 'final', 'certificate', 'overdue', 'from', 'to', 'lang', 'sort', 'dir']);
const PAGE_KEYS = new Set([...FILTER_KEYS, 'page', 'pageSize']);

type Refusal = { status: 400 | 403; error: string };
const refuse = (c: Context<AppEnv>, r: Refusal) => fail(c, r.status, r.status === 403 ? 'forbidden' : 'bad_request', r.error);

const safeFileDate = (now: number) => new Date(now).toISOString().slice(0, 10);

/**
 * The matrix filter, sorting (and paging for the matrix) and the export language from the query,
 * or the reason they are refused. A session scoped to a department (a manager's) is held to it:
 * asking for another department is refused, and every query and export is limited to it.
 */
async function parseRequest(c: Context<AppEnv>, moduleIds: readonly string[], paged: boolean, overdue: () => Promise<{ departments: string[]; cohorts: string[] }>): Promise<{ request: ReportRequest } | Refusal> {
  const query = c.req.query();
  const unknown = Object.keys(query).find((k) => !(paged ? PAGE_KEYS : FILTER_KEYS).has(k));
  if (unknown) return { status: 400 as const, error: `unknown parameter ${unknown}` };
  if (query.lang !== undefined && query.lang !== 'en' && query.lang !== 'zh-CN') return { status: 400 as const, error: 'lang must be en or zh-CN' };
  const parsed = parseMatrixFilter(query);
  if ('error' in parsed) return { status: 400 as const, error: parsed.error };
  const page = parsePageRequest(paged ? query : { sort: query.sort, dir: query.dir }, moduleIds);
  if ('error' in page) return { status: 400 as const, error: page.error };
  if (query.overdue !== undefined && query.overdue !== 'yes' && query.overdue !== '') return { status: 400 as const, error: 'overdue must be yes' };
  if (query.overdue === 'yes') {
    const late = await overdue();
    parsed.filter.overdueIn = late.departments;
    parsed.filter.overdueCohorts = late.cohorts;
  }
  const scope = c.var.session.department;
  if (scope && parsed.filter.department !== undefined && parsed.filter.department !== scope) return { status: 403 as const, error: 'this session sees one department only' };
  const request = { filter: parsed.filter, lang: query.lang === 'en' ? ('en' as const) : ('zh-CN' as const), scope, page: paged ? page.page : { ...page.page, page: 1, pageSize: Number.MAX_SAFE_INTEGER } };
  return { request };
}

/**
 * HR's API under /hr/api: a scrypt-checked login limited per address and per address and user
 * (see login-guard.ts), a session cookie (HttpOnly, SameSite=Strict) and a CSRF token for
 * anything that changes state; the matrix, a trainee's timeline and the exports (CSV, XLSX,
 * NDJSON) of exactly what is filtered.
 */
export function hrRoutes(o: HrOptions): Route[] {
  const now = o.now ?? Date.now;
  const records = traineeRecords(o.sql, o.homePage, o.courseIri, o.courseId);
  const moduleIds = o.modules.map((m) => m.id);
  const items = itemReport(o.summaries, o.modules, o.banks, o.log);
  const itemContent = { modules: o.modules, banks: o.banks ?? {}, roleplays: o.roleplays ?? [] };
  const due = dueDates(o.sql, now, o.courseId);
  const cohortList = cohorts(o.sql, now);
  const overdue = async () => ({ departments: await due.overdueDepartments(), cohorts: await cohortList.overdueCohorts() });
  const requestOf = (c: Context<AppEnv>, ids: readonly string[], paged: boolean) => parseRequest(c, ids, paged, overdue);
  /** The item analysis of the trainees in the session's scope (and the asked department). */
  const analysis = async (c: Context<AppEnv>, complete = false) => {
    const parsed = await requestOf(c, moduleIds, false);
    if ('error' in parsed) return parsed;
    const department = parsed.request.scope ?? parsed.request.filter.department;
    const keys = department ? new Set(await records.keysOf(department)) : undefined;
    const include = (key: string) => !keys || keys.has(key);
    return { lang: parsed.request.lang, report: await items(include, { complete }) };
  };
  const reports = reportRunner(o.sql, { courseIri: o.courseIri, homePage: o.homePage, modules: o.modules, courseId: o.courseId });
  const route = (method: Route['method'], path: string, handler: Route['handler'], role: Route['role'] = 'hr', body: Route['body'] = 'none'): Route => ({ method, path: `/hr/api${path}`, role, body, handler });

  const login = async (c: Context<AppEnv>) => {
    const parsed = loginSchema.safeParse(c.var.body);
    if (!parsed.success) return fail(c, 400, 'bad_request', 'user and password are required');
    const outcome = await o.login.attempt(c, parsed.data.user, parsed.data.password);
    if (outcome.wait) return fail(c, 429, 'rate_limited', 'too many failed attempts', { retryAfter: outcome.wait });
    if (!outcome.ok) return fail(c, 401, 'invalid_credentials', 'wrong user or password');
    const { token, csrf } = await o.sessions.open(parsed.data.user);
    setCookie(c, HR_COOKIE, token, {
      path: '/hr',
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https',
      maxAge: (o.sessionHours ?? 12) * 3600,
    });
    // The same as `GET /session` answers for this account, so the page shows an admin's controls straight away.
    return c.json({ user: parsed.data.user, csrf, roles: BREAK_GLASS_ROLES, breakGlass: true });
  };

  const attachment = (name: string) => `attachment; filename="${name}-${safeFileDate(now())}`;

  return [
    ...savedViewRoutes(o.sql, now),
    ...due.routes((scope, department) => !scope || scope === department),
    ...cohortList.routes(),
    route('POST', '/login', login, 'public', 'json'),
    route('GET', '/session', (c) => {
      const { user, csrf, department, breakGlass, roles } = c.var.session;
      return c.json({ user, csrf, roles, breakGlass, ...(department ? { department } : {}) });
    }),
    route('POST', '/logout', async (c) => {
      if (!c.var.session.breakGlass) return signOut(c, o, c.var.session.token, 'hr');
      await o.sessions.close(c.var.session.token);
      deleteCookie(c, HR_COOKIE, { path: '/hr' });
      return c.body(null, 204);
    }),
    route('GET', '/progress', async (c) => {
      const parsed = await requestOf(c, moduleIds, true);
      if ('error' in parsed) return refuse(c, parsed);
      return c.body(await reports.progress(parsed.request), 200, { 'Content-Type': 'application/json; charset=utf-8' });
    }),
    // Spaced review: retention per module beside completion, and who has overdue reviews.
    route('GET', '/reviews', async (c) => {
      const scope = c.var.session.department;
      return c.json(await reviewReport(o.sql, o.summaries, { homePage: o.homePage, courseIri: o.courseIri, modules: o.modules, now: new Date(now()), scope: scope ? await records.keysOf(scope) : undefined, courseId: o.courseId, log: o.log }));
    }),
    route('GET', '/trainees/:employeeId', async (c) => {
      const found = await records.one(c.req.param('employeeId') ?? '', o.courseIri);
      const scope = c.var.session.department;
      if (!found || (scope && found.trainee.department !== scope)) return fail(c, 404, 'not_found', 'no such trainee');
      const row = matrixRow(found.trainee, o.modules);
      const { modules: _m, ...trainee } = found.trainee;
      return c.json({ trainee, row, timeline: found.timeline });
    }),
    route('GET', '/export.csv', async (c) => {
      const parsed = await requestOf(c, moduleIds, false);
      if ('error' in parsed) return refuse(c, parsed);
      return c.body(await reports.export('csv', parsed.request), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `${attachment('training-records')}.csv"` });
    }),
    route('GET', '/export.xlsx', async (c) => {
      const parsed = await requestOf(c, moduleIds, false);
      if ('error' in parsed) return refuse(c, parsed);
      return c.body(await reports.export('xlsx', parsed.request), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `${attachment('training-records')}.xlsx"`,
      });
    }),
    route('GET', '/summary', async (c) => {
      const parsed = await requestOf(c, moduleIds, false);
      if ('error' in parsed) return refuse(c, parsed);
      return c.body(await reports.summary(parsed.request), 200, { 'Content-Type': 'application/json; charset=utf-8' });
    }),
    route('GET', '/items', async (c) => {
      const result = await analysis(c);
      return 'error' in result ? refuse(c, result) : c.json(result.report);
    }),
    route('GET', '/items.csv', async (c) => {
      const result = await analysis(c, true);
      if ('error' in result) return refuse(c, result);
      return c.body(itemCsv(result.report, result.lang, itemContent), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `${attachment('item-analysis')}.csv"` });
    }),
    route('GET', '/items.xlsx', async (c) => {
      const result = await analysis(c, true);
      if ('error' in result) return refuse(c, result);
      return c.body(itemXlsx(result.report, result.lang, reportTimeZone(), itemContent) as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `${attachment('item-analysis')}.xlsx"`,
      });
    }),
    route('GET', '/statements.ndjson', async (c) => {
      const parsed = await requestOf(c, moduleIds, false);
      if ('error' in parsed) return refuse(c, parsed);
      const lines = records.statementsOf(await reports.learners(parsed.request));
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await lines.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(`${next.value}\n`));
        },
      });
      return c.body(stream, 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Content-Disposition': `${attachment('xapi-statements')}.ndjson"` });
    }),
  ];
}

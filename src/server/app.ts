import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE, type CourseModuleInfo, type QuizBank, type RoleplayTitle } from '../domain';
import { withIdentityCache } from './auth/identity-cache';
import { attemptRoutes } from './attempts/attempt-routes';
import { attemptStore } from './attempts/attempt-store';
import { verdictWriter } from './attempts/verdicts';
import { certificateRoutes } from './certificates';
import { authRoutes } from './auth/auth-routes';
import type { OidcClient } from './auth/oidc-client';
import { sessionStore } from './auth/session-store';
import { hrGuard, lrsGuard, signedInGuard, trainerGuard, traineeGuard, USER_COOKIE } from './guards';
import { identityAdmin } from './hr/identity-admin';
import { identityRoutes } from './hr/identity-routes';
import { loginGuard } from './hr/login-guard';
import { hrRoutes } from './hr/routes';
import { hrSessions } from './hr/sessions';
import { windowLimiter } from './limits/limiter';
import { sqlRateStore } from './limits/rate-store';
import { liveRoutes } from './live/live-routes';
import { liveService } from './live/live-service';
import { liveResultsRoutes } from './live/results-routes';
import { reachRoutes, type RoomReach } from './live/room-reach';
import { progressStore } from './records/progress-store';
import { learnerSummaries } from './records/learner-summaries';
import { rememberAddress } from './request-helpers';
import { fail, registerRoutes, setAnswerHeader, type AppEnv, type Route } from './route-table';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings';
import { traineeRegistry, traineeRoutes } from './trainees';
import { xapiRoutes } from './xapi/routes';
import { alternateRequestSyntax, xapiHeaders } from './xapi/xapi-middleware';
import { statementStore } from './xapi/statement-store';
import type { Coordinator, Sql } from './storage/sql';

export interface AppOptions {
  /** The records database (embedded SQLite or PostgreSQL, see storage/open.ts). */
  sql: Sql;
  /** Given when several instances share the database (PostgreSQL): live rooms are then shared too. */
  coordinator?: Coordinator;
  xapiUser: string;
  xapiPassword: string;
  hrUser: string;
  hrPasswordHash: string;
  /** The course's modules (from the build's course-index.json), for HR's matrix and exports. */
  modules: readonly CourseModuleInfo[];
  /** The course's question banks by module id (from course-index.json): the server scores quiz attempts from them. */
  banks?: Readonly<Record<string, QuizBank>>;
  /** The course's role-plays' titles (from course-index.json), for HR's role-play endings exports. */
  roleplays?: readonly RoleplayTitle[];
  /** The `homePage` of trainees' xAPI accounts (the company's; runtime configuration). */
  homePage?: string;
  courseIri?: string;
  /** The course's key for its rows in the records database (progress, certificates, live rooms, due dates). */
  courseId?: string;
  /** How phones reach this server (for the console's join link and QR codes); unknown when left out. */
  reach?: () => RoomReach;
  /** Abuse limits and exposure settings (see settings.ts); unset ones keep their defaults. */
  settings?: Partial<ServerSettings>;
  log?: (line: string) => void;
  now?: () => number;
  /** Company sign-in (OpenID Connect); without it trainees declare who they are. */
  oidc?: OidcClient;
  /** The address users reach (PUBLIC_URL): the sign-in's redirect URI, and https there makes cookies Secure. */
  publicUrl?: string;
}


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

/**
 * The records server: trainee registration, the xAPI endpoint, certificates, live sessions and
 * HR's API, all registered from one route table (`app.routes`) in which every route names who may
 * call it. Secure headers on every answer; no API answer is kept by a cache.
 */
export function createApp(o: AppOptions) {
  const { sql, modules, banks = {}, homePage = DEFAULT_HOME_PAGE, courseIri = DEFAULT_COURSE_IRI, now = Date.now, log = (line: string) => console.warn(line) } = o;
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...o.settings };
  const app = new Hono<AppEnv>();
  // `users` (below) is only asked once requests arrive.
  const trainees = withIdentityCache(traineeRegistry(sql, homePage, (sessionHash) => users.alive(sessionHash)), { now });
  const progress = progressStore(sql, courseIri, o.courseId);
  const summaries = learnerSummaries(sql, courseIri, o.courseId, log);
  const store = sqlRateStore(sql);
  const perMinute = (name: string, max: number) => windowLimiter(store, { name, max, windowMs: 60_000, now });
  const perHour = (name: string, max: number) => windowLimiter(store, { name, max, windowMs: 3_600_000, now });
  const misses = perMinute('live-code-miss', settings.codeMissesPerMinute);
  const statements = statementStore(sql, progress, summaries);
  const live = liveService({
    sql,
    trainees,
    record: (list, q) => statements.save(list, [], q),
    homePage,
    courseIri,
    limits: { joins: perMinute('live-join', settings.liveJoinsPerMinute), misses },
    messagesPerSecond: settings.liveMessagesPerSecond,
    sockets: { allowedOrigins: settings.allowedOrigins, trustProxy: settings.trustProxy },
    coordinator: o.coordinator,
    courseId: o.courseId,
    log,
    now,
  });
  const sessions = hrSessions(sql, 12 * 3_600_000, now);
  const attempts = attemptStore(sql);
  const verdicts = verdictWriter({ attempts, progress, save: (list, q) => statements.save(list, [], q), modules, homePage, courseIri, now });
  const companySignIn = Boolean(o.oidc);
  const users = sessionStore(sql, { idleMs: settings.sessionIdleMinutes * 60_000, maxMs: settings.sessionMaxHours * 3_600_000 }, now, (employeeId) => trainees.forget(employeeId));
  const publicUrl = o.publicUrl?.replace(/\/+$/, '');
  /** What config.json tells the page about sign-in, and who is signed in: the first screen needs no other request. */
  const signIn = async (c: Context<AppEnv>) => {
    if (!companySignIn) return { mode: 'self-declared' as const };
    const cookie = getCookie(c, USER_COOKIE);
    const user = await users.find(cookie);
    // A session cookie whose session is over (unused too long, or too old): the page says so, once.
    if (cookie && !user) deleteCookie(c, USER_COOKIE, { path: '/' });
    return {
      mode: 'company' as const,
      login: '/auth/login',
      ...(user ? { user: { employeeId: user.employeeId, name: user.name, department: user.department, roles: user.roles }, csrf: user.csrf } : cookie ? { ended: true } : {}),
    };
  };

  const routes: Route[] = [
    {
      // The page's runtime configuration: this server is the records endpoint (a static copy of the
      // course gets dist/config.json instead, where an admin can point it at another LRS).
      method: 'GET',
      path: '/config.json',
      role: 'public',
      body: 'none',
      // `attempts`: this server scores quiz attempts, so the page asks it for seeds and sends it answers.
      handler: async (c) =>
        c.json(
          {
            records: {
              endpoint: '/xapi/',
              auth: 'trainee-token',
              register: companySignIn ? '/auth/token' : '/api/trainees',
              ...(Object.keys(banks).length ? { attempts: '/api/attempts' } : {}),
              homePage,
              courseIri,
            },
            signIn: await signIn(c),
          },
          200,
          // It names who is signed in: for this browser only, and never from a cache.
          { 'Cache-Control': 'no-store' },
        ),
    },
    ...authRoutes({
      oidc: o.oidc,
      redirectUri: publicUrl && `${publicUrl}/auth/callback`,
      users,
      trainees,
      secure: publicUrl?.startsWith('https:') ?? false,
      sessionMaxMs: settings.sessionMaxHours * 3_600_000,
      log,
    }),
    ...traineeRoutes(trainees, perHour('register', settings.registrationsPerHour), companySignIn),
    ...identityRoutes(identityAdmin(sql, progress, summaries, homePage, (employeeId) => trainees.forget(employeeId)), users),
    ...liveRoutes(live, modules.map((m) => m.id), { starts: perHour('live-start', settings.liveSessionsPerHour), misses }),
    ...liveResultsRoutes(sql, now),
    ...reachRoutes(o.reach ?? (() => ({ base: null, loopbackOnly: false }))),
    ...attemptRoutes({ sql, attempts, verdicts, banks, courseIri, now }),
    ...certificateRoutes({ sql, trainees, progress, attempts, modules, courseIri, courseId: o.courseId, now }, perMinute('certificate-lookup', settings.certificateLookupsPerMinute)),
    ...xapiRoutes({ sql, store: statements, maxDepth: settings.jsonMaxDepth, courseIri, afterTraineeWrite: verdicts.afterTraineeStatements }),
    ...hrRoutes({
      sql,
      courseId: o.courseId,
      summaries,
      log,
      sessions,
      users,
      oidc: o.oidc,
      login: loginGuard({ store, settings, user: o.hrUser, passwordHash: o.hrPasswordHash, now }),
      homePage,
      courseIri,
      modules,
      banks,
      roleplays: o.roleplays,
      now,
    }),
  ];

  app.use('*', async (c, next) => {
    rememberAddress(c, settings.trustProxy);
    await next();
  });
  app.use('*', secureHeaders());
  // Tokens, statements, names and HR's records: nothing under the APIs is for a cache to keep.
  for (const prefix of ['/api/*', '/xapi/*', '/hr/api/*', '/auth/*'])
    app.use(prefix, async (c, next) => {
      await next();
      setAnswerHeader(c, 'Cache-Control', 'no-store', true);
    });
  app.use('/xapi/*', xapiHeaders);
  app.use('/xapi/*', alternateRequestSyntax(app));
  for (const prefix of ['/hr/api/*', '/auth/*'])
    app.use(prefix, async (c, next) => {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && foreignOrigin(c)) return fail(c, 403, 'csrf', 'cross-site request refused');
      await next();
    });
  // The matrix of 10,000 trainees is ~20 MB of JSON and ~16 MB of CSV; both shrink about tenfold.
  app.use('/hr/api/*', compress());
  registerRoutes(
    app,
    routes,
    {
      public: [],
      trainee: [traineeGuard(trainees)],
      lrs: [lrsGuard({ user: o.xapiUser, password: o.xapiPassword, trainees })],
      'signed-in': [signedInGuard(users)],
      trainer: [trainerGuard(users, companySignIn)],
      hr: [hrGuard(sessions, users)],
      admin: [hrGuard(sessions, users, 'admin')],
    },
    settings.jsonMaxDepth,
  );
  app.notFound((c) => fail(c, 404, 'not_found', `no such resource: ${c.req.method} ${c.req.path}`));
  // A bug in one request is that request's: logged, answered 500, and the server carries on.
  app.onError((e, c) => {
    log(`request ${c.req.method} ${c.req.path} failed: ${e.stack ?? String(e)}`);
    return c.json({ error: 'internal', message: 'the server failed on this request; it has been logged' }, 500);
  });
  return Object.assign(app, { live, routes: routes as readonly Route[], settings, users });
}

import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import { DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE, type CourseModuleInfo } from '../domain';
import { certificateRoutes } from './certificates';
import type { Db } from './db';
import { hrGuard, lrsGuard, traineeGuard } from './guards';
import { loginGuard } from './hr/login-guard';
import { hrRoutes } from './hr/routes';
import { hrSessions } from './hr/sessions';
import { windowLimiter } from './limits/limiter';
import { sqliteRateStore } from './limits/rate-store';
import { liveRoutes } from './live/live-routes';
import { liveService } from './live/live-service';
import { liveResultsRoutes } from './live/results-routes';
import { reachRoutes, type RoomReach } from './live/room-reach';
import { progressStore } from './records/progress-store';
import { rememberAddress } from './request-helpers';
import { fail, registerRoutes, type AppEnv, type Route } from './route-table';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings';
import { traineeRegistry, traineeRoutes } from './trainees';
import { xapiRoutes } from './xapi/routes';
import { alternateRequestSyntax, xapiHeaders } from './xapi/xapi-middleware';
import { statementStore } from './xapi/statement-store';

export interface AppOptions {
  db: Db;
  xapiUser: string;
  xapiPassword: string;
  hrUser: string;
  hrPasswordHash: string;
  /** The course's modules (from the build's course-index.json), for HR's matrix and exports. */
  modules: readonly CourseModuleInfo[];
  /** The `homePage` of trainees' xAPI accounts (the company's; runtime configuration). */
  homePage?: string;
  courseIri?: string;
  /** How phones reach this server (for the console's join link and QR codes); unknown when left out. */
  reach?: () => RoomReach;
  /** Abuse limits and exposure settings (see settings.ts); unset ones keep their defaults. */
  settings?: Partial<ServerSettings>;
  log?: (line: string) => void;
  now?: () => number;
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
  const { db, modules, homePage = DEFAULT_HOME_PAGE, courseIri = DEFAULT_COURSE_IRI, now = Date.now, log = (line: string) => console.warn(line) } = o;
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...o.settings };
  const app = new Hono<AppEnv>();
  const trainees = traineeRegistry(db, homePage);
  const progress = progressStore(db, courseIri);
  const store = sqliteRateStore(db);
  const perMinute = (name: string, max: number) => windowLimiter(store, { name, max, windowMs: 60_000, now });
  const perHour = (name: string, max: number) => windowLimiter(store, { name, max, windowMs: 3_600_000, now });
  const misses = perMinute('live-code-miss', settings.codeMissesPerMinute);
  const statements = statementStore(db, progress);
  const live = liveService({
    db,
    trainees,
    record: (list) => statements.save(list),
    homePage,
    courseIri,
    limits: { joins: perMinute('live-join', settings.liveJoinsPerMinute), misses },
    messagesPerSecond: settings.liveMessagesPerSecond,
    sockets: { allowedOrigins: settings.allowedOrigins, trustProxy: settings.trustProxy },
    log,
    now,
  });
  const sessions = hrSessions(db, 12 * 3_600_000, now);

  const routes: Route[] = [
    {
      // The page's runtime configuration: this server is the records endpoint (a static copy of the
      // course gets dist/config.json instead, where an admin can point it at another LRS).
      method: 'GET',
      path: '/config.json',
      role: 'public',
      body: 'none',
      handler: (c) => c.json({ records: { endpoint: '/xapi/', auth: 'trainee-token', register: '/api/trainees', homePage, courseIri } }, 200, { 'Cache-Control': 'no-cache' }),
    },
    ...traineeRoutes(trainees, perHour('register', settings.registrationsPerHour)),
    ...liveRoutes(live, modules.map((m) => m.id), { starts: perHour('live-start', settings.liveSessionsPerHour), misses }),
    ...liveResultsRoutes(db, now),
    ...reachRoutes(o.reach ?? (() => ({ base: null, loopbackOnly: false }))),
    ...certificateRoutes({ db, trainees, progress, modules, courseIri, now }, perMinute('certificate-lookup', settings.certificateLookupsPerMinute)),
    ...xapiRoutes({ db, progress, maxDepth: settings.jsonMaxDepth }),
    ...hrRoutes({
      db,
      progress,
      sessions,
      login: loginGuard({ store, settings, user: o.hrUser, passwordHash: o.hrPasswordHash, now }),
      homePage,
      courseIri,
      modules,
      now,
    }),
  ];

  app.use('*', async (c, next) => {
    rememberAddress(c, settings.trustProxy);
    await next();
  });
  app.use('*', secureHeaders());
  // Tokens, statements, names and HR's records: nothing under the APIs is for a cache to keep.
  for (const prefix of ['/api/*', '/xapi/*', '/hr/api/*'])
    app.use(prefix, async (c, next) => {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    });
  app.use('/xapi/*', xapiHeaders);
  app.use('/xapi/*', alternateRequestSyntax(app));
  app.use('/hr/api/*', async (c, next) => {
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
      hr: [hrGuard(sessions)],
    },
    settings.jsonMaxDepth,
  );
  app.notFound((c) => fail(c, 404, 'not_found', `no such resource: ${c.req.method} ${c.req.path}`));
  // A bug in one request is that request's: logged, answered 500, and the server carries on.
  app.onError((e, c) => {
    log(`request ${c.req.method} ${c.req.path} failed: ${e.stack ?? String(e)}`);
    return c.json({ error: 'internal', message: 'the server failed on this request; it has been logged' }, 500);
  });
  return Object.assign(app, { live, routes: routes as readonly Route[], settings });
}

import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE, type CourseModuleInfo } from '../domain';
import { certificateRoutes } from './certificates';
import type { Db } from './db';
import { hrRoutes } from './hr/routes';
import { progressStore } from './records/progress-store';
import { traineeRegistry, traineeRoutes } from './trainees';
import { xapiRoutes } from './xapi/routes';
import { statementStore } from './xapi/statement-store';
import { liveService } from './live/live-service';
import { liveRoutes } from './live/live-routes';

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
  now?: () => number;
}

/** The records server: trainee registration, the xAPI endpoint and HR's API, with secure headers on every answer. */
export function createApp({ db, xapiUser, xapiPassword, hrUser, hrPasswordHash, modules, homePage = DEFAULT_HOME_PAGE, courseIri = DEFAULT_COURSE_IRI, now }: AppOptions) {
  const app = new Hono();
  const trainees = traineeRegistry(db, homePage);
  const progress = progressStore(db, courseIri);
  app.use('*', secureHeaders());
  // The rest of a refused body is never read, so the connection closes after the answer.
  const tooLarge = (c: Context) => c.json({ error: 'too_large', message: 'the body is too large' }, 413, { Connection: 'close' });
  app.use('/api/*', bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }));
  app.use('/hr/api/*', bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }));
  // The page's runtime configuration: this server is the records endpoint (a static copy of the
  // course gets dist/config.json instead, where an admin can point it at another LRS).
  app.get('/config.json', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ records: { endpoint: '/xapi/', auth: 'trainee-token', register: '/api/trainees', homePage, courseIri } });
  });
  const statements = statementStore(db, progress);
  const live = liveService({ db, trainees, record: (list) => void statements.save(list), homePage, courseIri, now });
  app.route('/api', traineeRoutes(trainees));
  app.route('/api', liveRoutes(live, modules.map((m) => m.id), now));
  app.route('/api', certificateRoutes({ db, trainees, progress, modules, courseIri, now }));
  app.route('/xapi', xapiRoutes({ db, user: xapiUser, password: xapiPassword, trainees, progress }));
  app.route('/hr/api', hrRoutes({ db, progress, user: hrUser, passwordHash: hrPasswordHash, homePage, courseIri, modules, now }));
  return Object.assign(app, { live });
}

import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from './db';
import { xapiRoutes } from './xapi/routes';
import { traineeRegistry, traineeRoutes } from './trainees';
import { bodyLimit } from 'hono/body-limit';

export interface AppOptions {
  db: Db;
  xapiUser: string;
  xapiPassword: string;
  /** The `homePage` of trainees' xAPI accounts (the company's; runtime configuration). */
  homePage?: string;
}

export const DEFAULT_HOME_PAGE = 'https://sales-target-academy.example.com/employees';

/** The records server: trainee registration and the xAPI endpoint, with secure headers on every answer. */
export function createApp({ db, xapiUser, xapiPassword, homePage = DEFAULT_HOME_PAGE }: AppOptions) {
  const app = new Hono();
  const trainees = traineeRegistry(db, homePage);
  app.use('*', secureHeaders());
  app.use('/api/*', bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.json({ error: 'the body is too large' }, 413) }));
  app.route('/api', traineeRoutes(trainees));
  app.route('/xapi', xapiRoutes({ db, user: xapiUser, password: xapiPassword, trainees }));
  return app;
}

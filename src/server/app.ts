import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from './db';
import { xapiRoutes } from './xapi/routes';

export interface AppOptions {
  db: Db;
  xapiUser: string;
  xapiPassword: string;
}

/** The records server: the xAPI endpoint, with secure headers on every answer. */
export function createApp({ db, xapiUser, xapiPassword }: AppOptions) {
  const app = new Hono();
  app.use('*', secureHeaders());
  app.route('/xapi', xapiRoutes({ db, user: xapiUser, password: xapiPassword }));
  return app;
}

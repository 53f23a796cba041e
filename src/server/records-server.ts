import { getRequestListener } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from './app';
import { loadCourseIndex } from './course-index';
import { openDb } from './db';
import { loadSecrets } from './secrets';
import { readSettings } from './settings';
import { startStaticServer } from './static-server';
import { roomReach } from './live/room-reach';

export interface RecordsServerOptions {
  /** The built app (dist). */
  root: string;
  dataDir: string;
  host?: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** Where the server's warnings go (a refused socket, a failed request); the console by default. */
  log?: (line: string) => void;
}

/**
 * The whole system on one port: the built course, `/xapi/` (the LRS), `/api/` (trainee
 * registration) and `/hr/api/` (HR). Used by `npm start`, the end-to-end tests and the benches.
 */
export async function startRecordsServer({ root, dataDir, host = '127.0.0.1', port = 4173, env = process.env, log = (line) => console.warn(line) }: RecordsServerOptions) {
  const settings = readSettings(env);
  const modules = loadCourseIndex(root);
  const db = openDb(dataDir);
  const { secrets, shown } = await loadSecrets(dataDir, env);
  // The port is known once listening (port 0 picks one); the console asks only after that.
  let listening = port;
  const app = createApp({
    db,
    modules,
    xapiUser: secrets.xapiUser,
    xapiPassword: secrets.xapiPassword,
    hrUser: secrets.hrUser,
    hrPasswordHash: secrets.hrPasswordHash,
    homePage: env.RECORDS_HOME_PAGE || undefined,
    settings,
    reach: () => roomReach({ publicUrl: env.PUBLIC_URL || undefined, host, port: listening }),
    log,
  });
  const { server, url } = await startStaticServer({
    root,
    host,
    port,
    api: { prefixes: ['/xapi/', '/api/', '/hr/api/', '/config.json', '/live/ws'], listener: getRequestListener(app.fetch) },
    serveSourceMaps: settings.serveSourceMaps,
    log,
  });
  listening = Number(new URL(url).port) || port;
  app.live.attach(server);
  const close = () =>
    new Promise<void>((resolve) => {
      app.live.close();
      (server as Server).closeAllConnections?.();
      server.close(() => {
        db.close();
        resolve();
      });
    });
  return { server, url, db, secrets, shown, close };
}

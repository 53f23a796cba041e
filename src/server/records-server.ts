import { getRequestListener } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from './app';
import { oidcClient, oidcSettingsFrom } from './auth/oidc-client';
import { loadCourseIndex, loadQuizBanks, loadRoleplayTitles } from './course-index';
import { openStorage } from './storage/open';
import { loadSecrets } from './secrets';
import { readSettings } from './settings';
import { startStaticServer } from './static-server';
import { roomReach } from './live/room-reach';
import { warmUp } from './warm-up';

export interface RecordsServerOptions {
  /** The built app (dist). */
  root: string;
  dataDir: string;
  host?: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** Where the server's warnings go (a refused socket, a failed request); the console by default. */
  log?: (line: string) => void;
  /** Take the statement path through a throwaway copy first (see warm-up.ts): `npm start` does, tests need not. */
  warmUp?: boolean;
}

/**
 * The whole system on one port: the built course, `/xapi/` (the LRS), `/api/` (trainee
 * registration) and `/hr/api/` (HR). Used by `npm start`, the end-to-end tests and the benches.
 */
export async function startRecordsServer({ root, dataDir, host = '127.0.0.1', port = 4173, env = process.env, log = (line) => console.warn(line), warmUp: warm = false }: RecordsServerOptions) {
  const settings = readSettings(env);
  const modules = loadCourseIndex(root);
  const sql = await openStorage({ dataDir, databaseUrl: env.DATABASE_URL || undefined });
  const { secrets, shown } = await loadSecrets(sql, env, env.DATABASE_URL ? undefined : dataDir);
  // On PostgreSQL any number of instances may serve the same course; live rooms are coordinated through it.
  const coordinator = sql.coordinator ? await sql.coordinator() : undefined;
  // Company sign-in when OIDC_ISSUER is set; half a configuration stops the start with what is missing.
  const oidcSettings = oidcSettingsFrom(env);
  const oidc = oidcSettings ? await oidcClient(oidcSettings, log) : undefined;
  // The port is known once listening (port 0 picks one); the console asks only after that.
  let listening = port;
  const shared = {
    modules,
    banks: loadQuizBanks(root),
    roleplays: loadRoleplayTitles(root),
    xapiUser: secrets.xapiUser,
    xapiPassword: secrets.xapiPassword,
    hrUser: secrets.hrUser,
    hrPasswordHash: secrets.hrPasswordHash,
    homePage: env.RECORDS_HOME_PAGE || undefined,
    settings,
    publicUrl: env.PUBLIC_URL || undefined,
  };
  // Before the port opens: a load balancer sends nothing until then.
  if (warm) await warmUp(shared).catch((e: Error) => log(`the warm-up failed (the server starts all the same, its first requests slower): ${e.stack ?? String(e)}`));
  const app = createApp({ ...shared, sql, coordinator, oidc, reach: () => roomReach({ publicUrl: env.PUBLIC_URL || undefined, host, port: listening }), log });
  const { server, url } = await startStaticServer({
    root,
    host,
    port,
    api: { prefixes: ['/xapi/', '/api/', '/hr/api/', '/config.json', '/live/ws', '/auth/'], listener: getRequestListener(app.fetch) },
    serveSourceMaps: settings.serveSourceMaps,
    log,
  });
  listening = Number(new URL(url).port) || port;
  app.live.attach(server);
  const close = async () => {
    const rooms = app.live.close();
    (server as Server).closeAllConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rooms;
    await sql.close();
  };
  return { server, url, sql, secrets, shown, close };
}

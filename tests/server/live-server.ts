import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createApp } from '../../src/server/app';
import { openStorage } from '../../src/server/storage/open';
import type { Sql } from '../../src/server/storage/sql';
import { freshDatabaseUrl } from './test-storage';
import { TEST_MODULES } from './test-modules';

/**
 * Live-room servers for one test file, all on one records database (a restart finds what the
 * last one saved), each on its own loopback port with its sockets attached; every one is closed
 * and the data removed when the file ends.
 */
export async function liveServers(name: string, options: { now?: () => number } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `sta-${name}-`));
  const databaseUrl = await freshDatabaseUrl();
  const running: { server: ServerType; app: ReturnType<typeof createApp> }[] = [];
  afterAll(async () => {
    for (const r of running) {
      await r.app.live.close();
      r.server.close();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    /** Starts one more server; `base` is its `host:port`; `stop` closes it as a restart would. */
    async start(): Promise<{ base: string; app: ReturnType<typeof createApp>; db: Sql; stop: () => Promise<void> }> {
      const db = await openStorage({ dataDir, databaseUrl });
      const app = createApp({ sql: db, xapiUser: 'lrs', xapiPassword: 'pw', hrUser: 'hr', hrPasswordHash: 'scrypt$1$1$1$x$y', modules: TEST_MODULES, now: options.now });
      const entry = { server: undefined as unknown as ServerType, app };
      const base = await new Promise<string>((resolve) => {
        entry.server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`127.0.0.1:${info.port}`));
        app.live.attach(entry.server as Server);
        running.push(entry);
      });
      const stop = async () => {
        running.splice(running.indexOf(entry), 1);
        await app.live.close();
        entry.server.close();
      };
      return { base, app, db, stop };
    },
  };
}

// The records server as its own process, for the reliability tests to kill: PORT and DATA_DIR from
// the environment; prints "listening" once it accepts requests and live sockets.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from '../../src/server/app';
import { openStorage } from '../../src/server/storage/open';
import { hashPassword } from '../../src/server/hr/password';
import { TEST_MODULES } from './test-modules';
// The server suite's rule for pg's warnings holds in this process too (it then ends, and its test fails).
import '../setup/pg-warnings';

const sql = await openStorage({ dataDir: process.env.DATA_DIR!, databaseUrl: process.env.DATABASE_URL || undefined });
const app = createApp({
  sql,
  coordinator: sql.coordinator ? await sql.coordinator() : undefined,
  xapiUser: 'lrs',
  xapiPassword: 'pw',
  hrUser: 'hr',
  hrPasswordHash: await hashPassword('hr'),
  modules: TEST_MODULES,
  // Every simulated phone comes from 127.0.0.1.
  settings: { liveJoinsPerMinute: 1_000_000, codeMissesPerMinute: 1_000_000 },
});
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => console.log('listening'));
app.live.attach(server as Server);

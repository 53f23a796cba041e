import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '../../src/server/app';
import { hashPassword } from '../../src/server/hr/password';

import { TEST_BANKS, TEST_MODULES, TEST_ROLEPLAYS } from './test-modules';
import { testStorage } from './test-storage';

export { TEST_BANKS, TEST_MODULES, TEST_ROLEPLAYS };
export const HR = { user: 'hr', password: '人事-correct horse' };

/** The records app on a free loopback port for one test file, closed after it. */
export function serveApp(options: Partial<AppOptions> = {}) {
  const state = { base: '', server: undefined as ServerType | undefined };
  beforeAll(async () => {
    const app = createApp({
      sql: options.sql ?? (await testStorage()),
      xapiUser: 'lrs',
      xapiPassword: 'pw',
      hrUser: HR.user,
      hrPasswordHash: await hashPassword(HR.password),
      modules: TEST_MODULES,
      banks: TEST_BANKS,
      roleplays: TEST_ROLEPLAYS,
      ...options,
    });
    await new Promise<void>((resolve) => {
      state.server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        state.base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((resolve) => state.server!.close(() => resolve())));
  return state;
}

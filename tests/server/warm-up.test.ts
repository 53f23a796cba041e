import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activityIds, buildStatement, DEFAULT_HOME_PAGE } from '../../src/domain';
import { startRecordsServer } from '../../src/server/records-server';
import { warmUp } from '../../src/server/warm-up';
import { makeRoot } from './records-root';
import { TEST_BANKS, TEST_MODULES } from './test-modules';
import { freshDatabaseUrl } from './test-storage';

// The warm-up runs the statement path on a throwaway copy of the app: the records a company keeps
// must not hold a trace of it, and the server must serve as one started without it.
const root = makeRoot();
const dataDir = mkdtempSync(join(tmpdir(), 'sta-data-'));
const logged: string[] = [];
let server: Awaited<ReturnType<typeof startRecordsServer>> | undefined;

beforeAll(async () => {
  const databaseUrl = await freshDatabaseUrl();
  const env = { HR_PASSWORD: 'hr-secret-pass', XAPI_PASSWORD: 'pw', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
  server = await startRecordsServer({ root, dataDir, port: 0, env, log: (line) => logged.push(line), warmUp: true });
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const count = async (table: string) => Number((await server!.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n);

describe('the warm-up before the port opens', () => {
  test('takes every statement of its learners’ journeys, through the routes a browser uses', async () => {
    const report = await warmUp({ modules: TEST_MODULES, banks: TEST_BANKS, xapiUser: 'lrs', xapiPassword: 'pw', hrUser: 'hr', hrPasswordHash: 'unused' });
    expect(report.statements).toBe(2_400);
  }, 120_000);

  test('leaves nothing in the records: no trainee, token, statement, activity, progress, review or rate limit hit', async () => {
    // The start logs a failed warm-up and carries on; here it must have gone through.
    expect(logged).toEqual([]);
    for (const table of ['trainees', 'trainee_tokens', 'statements', 'statement_agents', 'statement_activities', 'activities', 'progress', 'review_summaries', 'quiz_attempts', 'rate_hits', 'certificates'])
      expect({ table, rows: await count(table) }).toEqual({ table, rows: 0 });
  });

  test('then serves a trainee as any server does', async () => {
    const registered = await fetch(`${server!.url}/api/trainees`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '李娜', employeeId: 'E1001', department: '华东销售部' }) });
    expect(registered.status).toBe(201);
    const { token } = (await registered.json()) as { token: string };
    const a = activityIds();
    const statement = buildStatement({
      id: '00000000-0000-4000-8000-000000000001',
      trainee: { name: '李娜', employeeId: 'E1001', homePage: DEFAULT_HOME_PAGE },
      verb: 'experienced',
      object: { id: a.slide(TEST_MODULES[0]!.id, 'slide-01'), type: 'lesson' },
      parent: a.module(TEST_MODULES[0]!.id),
      timestamp: '2026-11-20T09:00:00.000Z',
    });
    const posted = await fetch(`${server!.url}/xapi/statements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', authorization: `Bearer ${token}` },
      body: JSON.stringify([statement]),
    });
    expect(posted.status).toBe(200);
    expect(await count('trainees')).toBe(1);
    expect(await count('statements')).toBe(1);
  });
});

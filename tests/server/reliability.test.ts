import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { activityIds, buildStatement } from '../../src/domain';
import { memoryStorage } from '../../src/records/queue-storage';
import { statementQueue } from '../../src/records/statement-queue';
import { xapiTransport } from '../../src/records/xapi-transport';
import { recordsProcesses } from './records-process';

const servers = await recordsProcesses('sta-kill-');
const { freePort } = servers;
const startServer = servers.start;

const basic = `Basic ${Buffer.from('lrs:pw').toString('base64')}`;

async function storedIds(base: string): Promise<string[]> {
  const ids: string[] = [];
  let url = `${base}/xapi/statements?limit=500&ascending=true`;
  for (;;) {
    const res = await fetch(url, { headers: { Authorization: basic, 'X-Experience-API-Version': '1.0.3' } });
    const body = (await res.json()) as { statements: { id: string }[]; more: string };
    ids.push(...body.statements.map((s) => s.id));
    if (!body.more) return ids;
    url = `${base}${body.more}`;
  }
}

test('killed with SIGKILL mid-burst and restarted: every acknowledged statement is there; the queue resends the rest, no duplicates', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(port);
  const a = activityIds();
  const trainee = { name: '李娜', employeeId: 'E1', homePage: 'https://hr.example.com' };
  const statements = Array.from({ length: 1500 }, (_, i) =>
    buildStatement({ id: randomUUID(), trainee, verb: 'experienced', object: { id: a.slide('01-foundations', `s${i}`), type: 'lesson' }, result: { durationMs: 1000 + i }, timestamp: new Date(Date.UTC(2026, 10, 27, 8, 0, i % 60)).toISOString() }),
  );

  const storage = memoryStorage();
  let offset = 0; // lets the test skip the backoff wait instead of sleeping through it
  const queue = statementQueue({
    storage,
    batchSize: 10,
    now: () => Date.now() + offset,
    transport: xapiTransport({ endpoint: `${base}/xapi/`, auth: { basic: { key: 'lrs', secret: 'pw' } }, homePage: trainee.homePage, courseIri: a.course }, { token: () => undefined, tokenRefused: () => {} }),
  });
  await queue.enqueue(statements);

  // Kill the server while the queue is still sending.
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (storage.items.length <= 1000) {
        clearInterval(poll);
        resolve();
      }
    }, 2);
  });
  server.kill('SIGKILL');
  await new Promise((r) => server.once('exit', r));
  await queue.flush(); // settles the in-flight batch as a failed send
  const acknowledged = statements.map((s) => s.id).filter((id) => !storage.items.some((q) => q.id === id));
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(storage.items.length).toBeGreaterThan(0);

  server = await startServer(port);
  const afterRestart = new Set(await storedIds(base));
  for (const id of acknowledged) expect(afterRestart.has(id)).toBe(true);

  offset = 10 * 60_000;
  await queue.flush();
  expect(storage.items).toEqual([]);
  const final = await storedIds(base);
  expect(final).toHaveLength(statements.length);
  expect(new Set(final).size).toBe(statements.length);
  expect(new Set(final)).toEqual(new Set(statements.map((s) => s.id)));
  queue.stop();
}, 60_000);

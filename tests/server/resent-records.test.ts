import { expect, test } from 'vitest';
import { activityIds, buildStatement, type Statement } from '../../src/domain';
import { memoryStorage } from '../../src/records/queue-storage';
import { recordStatementIds } from '../../src/records/record-ids';
import { statementQueue } from '../../src/records/statement-queue';
import { xapiTransport } from '../../src/records/xapi-transport';
import { serveApp } from './serve-app';

const server = serveApp();
const basic = `Basic ${Buffer.from('lrs:pw').toString('base64')}`;
const a = activityIds();
const trainee = { name: '李娜', employeeId: 'E1', homePage: 'https://hr.example.com' };
const idOf = recordStatementIds(a.course);

/** A module's completion as the page records it, in the trainee's language at the time. */
const moduleRead = (language: 'zh-CN' | 'en-US', title: string, timestamp: string): Statement =>
  buildStatement({ id: idOf(trainee, 'module', 'completed', '01-foundations'), trainee, courseIri: a.course, language, timestamp, verb: 'completed', object: { id: a.module('01-foundations'), type: 'module', name: { [language]: title } }, result: { completion: true } });

const storedFor = async (activity: string) => {
  const res = await fetch(`${server.base}/xapi/statements?activity=${encodeURIComponent(activity)}&limit=50`, { headers: { Authorization: basic, 'X-Experience-API-Version': '1.0.3' } });
  return ((await res.json()) as { statements: Statement[] }).statements;
};

test('a completion recorded again after its ledger was lost, now in English: the server keeps the first, and the queue takes the second as recorded without showing a refusal', async () => {
  const storage = memoryStorage();
  const queue = statementQueue({ storage, transport: xapiTransport({ endpoint: `${server.base}/xapi/`, auth: { basic: { key: 'lrs', secret: 'pw' } }, homePage: trainee.homePage, courseIri: a.course }, { token: () => undefined, tokenRefused: () => {} }) });
  const first = moduleRead('zh-CN', '销售目标基础', '2026-12-07T08:00:00.000Z');
  await queue.enqueue([first]);
  await queue.flush();
  expect(storage.items).toEqual([]);

  // The same statement again, in the same words: the server takes it as the first sent again.
  await queue.enqueue([moduleRead('zh-CN', '销售目标基础', '2026-12-07T09:00:00.000Z')]);
  await queue.flush();
  expect(storage.items).toEqual([]);

  // In English, sent with a slide's time that is new: the server refuses the batch (409), the queue
  // sends each on its own, the slide's is stored and the completion leaves as already recorded.
  const slide = buildStatement({ id: crypto.randomUUID(), trainee, courseIri: a.course, language: 'en-US', timestamp: '2026-12-07T10:00:00.000Z', verb: 'experienced', object: { id: a.slide('01-foundations', 'c'), type: 'lesson' }, parent: a.module('01-foundations'), result: { durationMs: 5000 } });
  await queue.enqueue([moduleRead('en-US', 'Sales target basics', '2026-12-07T10:00:00.000Z'), slide]);
  await queue.flush();
  expect(storage.items).toEqual([]);

  const completions = (await storedFor(a.module('01-foundations'))).filter((s) => s.verb.id.endsWith('/completed'));
  expect(completions.map((s) => [s.id, s.object.definition?.name, s.timestamp])).toEqual([[first.id, { 'zh-CN': '销售目标基础' }, first.timestamp]]);
  expect((await storedFor(a.slide('01-foundations', 'c'))).map((s) => s.id)).toEqual([slide.id]);
  queue.stop();
});

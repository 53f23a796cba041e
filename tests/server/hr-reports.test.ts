import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openStorage } from '../../src/server/storage/open';
import { backend, freshDatabaseUrl } from './test-storage';
import { reportRunner } from '../../src/server/hr/report-runner';
import { traineeRegistry } from '../../src/server/trainees';
import { accountActor, actorKey, DEFAULT_COURSE_IRI } from '../../src/domain';
import { TEST_MODULES } from './test-modules';
import { readXlsx } from '../setup/read-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'sta-reports-'));
const HOME = 'https://hr.example.com';
let close = () => {};
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

test('with a SQLite file, HR reports are built in a worker thread (on PostgreSQL in the request), with the same content either way', async () => {
  const sql = await openStorage({ dataDir: dir, databaseUrl: await freshDatabaseUrl() });
  await traineeRegistry(sql, HOME).register({ name: '李娜', employeeId: 'E1', department: '华东销售部' });
  const runner = reportRunner(sql, { courseIri: DEFAULT_COURSE_IRI, homePage: HOME, modules: TEST_MODULES });
  close = runner.close;
  expect(runner.inWorker()).toBe(backend === 'sqlite');
  const csv = await new Response(await runner.export('csv', { filter: { department: '华东销售部' }, lang: 'en' })).text();
  expect(runner.inWorker()).toBe(backend === 'sqlite');
  expect(csv.split('\r\n')[1]).toContain('"E1","李娜","华东销售部","","Not started","","0","No","","","Self-declared","00-intro"');
  const xlsx = new Uint8Array(await new Response(await runner.export('xlsx', { filter: {}, lang: 'zh-CN' })).arrayBuffer());
  expect(String.fromCharCode(...xlsx.slice(0, 2))).toBe('PK');
  expect(readXlsx(xlsx)[0]!.rows[1]!.slice(0, 3)).toEqual(['E1', '李娜', '华东销售部']);
  const progress = await runner.progress({ filter: { q: 'nobody' }, lang: 'zh-CN' });
  expect(JSON.parse(progress)).toMatchObject({ total: 1, rows: [], departments: ['华东销售部'] });
  // The dashboard's summary reads every trainee's progress: in the worker too, the event loop left to statements and live rooms.
  const summary = JSON.parse(await runner.summary({ filter: {}, lang: 'en' }));
  expect(summary.departments).toEqual([{ department: '华东销售部', trainees: 1, completion: 0, averageScore: null }]);
  expect(Object.values(summary.funnel as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
  expect(JSON.parse(await runner.summary({ filter: {}, lang: 'en', scope: '华南销售部' })).departments).toEqual([]);
  // Whose statements the statement export holds: found the same way, filter and scope included.
  const e1 = actorKey(accountActor('', 'E1', HOME));
  expect(await runner.learners({ filter: {}, lang: 'en' })).toEqual([e1]);
  expect(await runner.learners({ filter: { status: 'completed' }, lang: 'en' })).toEqual([]);
  expect(await runner.learners({ filter: {}, lang: 'en', scope: '华南销售部' })).toEqual([]);
  expect(runner.inWorker()).toBe(backend === 'sqlite');

  const memory = reportRunner(await openStorage({ dataDir: ':memory:' }), { courseIri: DEFAULT_COURSE_IRI, homePage: HOME, modules: TEST_MODULES });
  expect(memory.inWorker()).toBe(false);
  expect(JSON.parse(await memory.progress({ filter: {}, lang: 'en' }))).toMatchObject({ total: 0, rows: [] });
  expect(JSON.parse(await memory.summary({ filter: {}, lang: 'en' }))).toMatchObject({ departments: [], completions: [] });
  expect(await memory.learners({ filter: {}, lang: 'en' })).toEqual([]);
  expect(await new Response(await memory.export('csv', { filter: {}, lang: 'en' })).text()).toMatch(/^"Employee ID"/);
});

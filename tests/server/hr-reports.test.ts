import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openDb } from '../../src/server/db';
import { progressStore } from '../../src/server/records/progress-store';
import { traineeRecords } from '../../src/server/hr/trainee-records';
import { reportRunner } from '../../src/server/hr/report-runner';
import { traineeRegistry } from '../../src/server/trainees';
import { DEFAULT_COURSE_IRI } from '../../src/domain';
import { TEST_MODULES } from './test-modules';

const dir = mkdtempSync(join(tmpdir(), 'sta-reports-'));
const HOME = 'https://hr.example.com';
let close = () => {};
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

test('with a database file, HR reports are built in a worker thread, with the same content as in the request', async () => {
  const db = openDb(dir);
  traineeRegistry(db, HOME).register({ name: '李娜', employeeId: 'E1', department: '华东销售部' });
  const records = traineeRecords(db, progressStore(db, DEFAULT_COURSE_IRI), HOME, DEFAULT_COURSE_IRI);
  const runner = reportRunner(db, { courseIri: DEFAULT_COURSE_IRI, homePage: HOME, modules: TEST_MODULES, all: () => records.all() });
  close = runner.close;
  expect(runner.inWorker()).toBe(true);
  const csv = await runner.run({ kind: 'csv', filter: { department: '华东销售部' }, lang: 'en' });
  expect(runner.inWorker()).toBe(true);
  expect(csv.text.split('\r\n')[1]).toContain('"E1","李娜","华东销售部","Not started","","0","No","","","Self-declared","00-intro"');
  const xlsx = await runner.run({ kind: 'xlsx', filter: {}, lang: 'zh-CN' });
  expect(String.fromCharCode(...xlsx.bytes.slice(0, 2))).toBe('PK');
  const progress = await runner.run({ kind: 'progress', filter: { q: 'nobody' }, lang: 'zh-CN' });
  expect(JSON.parse(progress.json)).toMatchObject({ total: 1, rows: [], departments: ['华东销售部'] });

  const memory = reportRunner(openDb(':memory:'), { courseIri: DEFAULT_COURSE_IRI, homePage: HOME, modules: TEST_MODULES, all: () => [] });
  expect(memory.inWorker()).toBe(false);
  expect((await memory.run({ kind: 'progress', filter: {}, lang: 'en' })).kind).toBe('progress');
});

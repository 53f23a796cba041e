import { describe, expect, test } from 'vitest';
import { activityIds, buildStatement, type StatementInput } from '../../src/domain';
import { testStorage } from './test-storage';
import { hrSessions } from '../../src/server/hr/sessions';
import { readXlsx } from '../setup/read-xlsx';
import { HR, serveApp, TEST_BANKS, TEST_MODULES } from './serve-app';
import { readModule, takeQuiz } from './quiz-attempts';

// One meaning of done (course complete = certificate earned), paging and sorting, and a session
// scoped to one department (a manager's) in every query and export.
const sql = await testStorage();
const served = serveApp({ sql });
const HOME = 'https://sales-target-academy.example.com/employees';
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
// Records seeded with the LRS credential (an import): a trainee token may not send quiz verdicts or completions.
const lrs = { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString();

async function trainee(name: string, employeeId: string, department: string, list: Omit<StatementInput, 'id' | 'trainee'>[]) {
  const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId, department }) });
  const token = ((await res.json()) as { token: string }).token;
  const statements = list.map((s) => buildStatement({ ...s, id: uuid(), trainee: { name, employeeId, homePage: HOME } }));
  if (statements.length) expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: lrs, body: JSON.stringify(statements) })).status).toBe(200);
  return token;
}

const allModules: Omit<StatementInput, 'id' | 'trainee'>[] = [
  { verb: 'completed', object: { id: a.module('00-intro'), type: 'module' }, result: { completion: true }, timestamp: at(1) },
  { verb: 'completed', object: { id: a.module('01-foundations'), type: 'module' }, result: { completion: true }, timestamp: at(2) },
  { verb: 'passed', object: { id: a.quiz('01-foundations'), type: 'assessment' }, result: { scaled: 0.9, success: true }, timestamp: at(3) },
  { verb: 'completed', object: { id: a.module('02-setting'), type: 'module' }, result: { completion: true }, timestamp: at(4) },
  { verb: 'passed', object: { id: a.quiz('02-setting'), type: 'assessment' }, result: { scaled: 0.8, success: true }, timestamp: at(5) },
];
const final = (passed: boolean, scaled: number, minute: number): Omit<StatementInput, 'id' | 'trainee'> => ({
  verb: passed ? 'passed' : 'failed',
  object: { id: a.final(), type: 'assessment' },
  result: { scaled, success: passed, completion: true },
  timestamp: at(minute),
});

let hr = '';
let manager = '';
const get = (path: string, cookie: string) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: cookie } });
const rows = async (path: string, cookie = hr) => (await (await get(path, cookie)).json()) as { matched: number; total: number; departments: string[]; rows: { employeeId: string; status: string; final: object; certificate: { code: string } | null }[] };

describe('statuses, paging, sorting and a department scope', () => {
  test('setup: modules only; modules and a failed final; certified; and 12 more in another department', async () => {
    await trainee('赵敏', 'S1', '华东销售部', allModules);
    await trainee('钱进', 'S2', '华东销售部', [...allModules, final(false, 0.55, 6), final(false, 0.65, 7)]);
    // The certified one passed through the server, which scored every attempt: a failed final, then all right.
    const certified = await trainee('孙丽', 'S3', '华东销售部', []);
    for (const m of TEST_MODULES) await readModule(served.base, certified, { name: '孙丽', employeeId: 'S3' }, m.id, new Date().toISOString());
    for (const quizId of ['01-foundations', '02-setting']) await takeQuiz(served.base, certified, TEST_BANKS, quizId, new Date().toISOString());
    expect(await takeQuiz(served.base, certified, TEST_BANKS, 'final', new Date().toISOString(), () => false)).toMatchObject({ passed: false });
    expect(await takeQuiz(served.base, certified, TEST_BANKS, 'final', new Date().toISOString())).toMatchObject({ score: 1, passed: true });
    expect((await fetch(`${served.base}/api/certificates`, { method: 'POST', headers: { Authorization: `Bearer ${certified}` } })).status).toBe(201);
    for (let i = 10; i < 22; i++) await trainee(`学员${i}`, `T${i}`, '华南销售部', i % 2 ? [allModules[0]!] : []);
    const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
    hr = login.headers.get('set-cookie')!.split(';')[0]!;
    // The manager role of company sign-in is to open such a session; here the store opens it directly.
    manager = `sta_hr=${(await hrSessions(sql, 3_600_000).open('manager', '华东销售部')).token}`;
  });

  test('done means the certificate is earned: every module and the final assessment passed', async () => {
    const body = await rows('/progress?department=华东销售部&sort=employeeId');
    expect(body.rows.map((r) => [r.employeeId, r.status])).toEqual([['S1', 'in_progress'], ['S2', 'in_progress'], ['S3', 'completed']]);
    expect(body.rows[0]!.final).toEqual({ bestScore: null, attempts: 0, passed: false });
    expect(body.rows[1]!.final).toEqual({ bestScore: 0.65, attempts: 2, passed: false });
    expect(body.rows[2]!.final).toEqual({ bestScore: 1, attempts: 2, passed: true });
    expect(body.rows[2]!.certificate!.code).toMatch(/^[A-Z0-9-]+$/);
    expect((await rows('/progress?final=failed')).rows.map((r) => r.employeeId)).toEqual(['S2']);
    expect((await rows('/progress?certificate=issued')).rows.map((r) => r.employeeId)).toEqual(['S3']);
    const trainee = await (await get('/trainees/S2', hr)).json();
    expect(trainee.row).toMatchObject({ status: 'in_progress', modulesComplete: true, final: { attempts: 2, passed: false } });
  });

  test('the CSV and the XLSX say the same: final score, attempts, passed, certificate code and date', async () => {
    const csv = (await (await get('/export.csv?lang=en&q=S3', hr)).text()).trim().split('\r\n');
    const code = (await rows('/progress?q=S3')).rows[0]!.certificate!.code;
    expect(csv[1]).toMatch(new RegExp(`^"S3","孙丽","华东销售部","","Completed","100","2","Yes","${code}","\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z","Self-declared","00-intro"`));
    const [progress] = readXlsx(new Uint8Array(await (await get('/export.xlsx?lang=en&q=S3', hr)).arrayBuffer()));
    expect(progress!.rows[1]!.slice(0, 9)).toEqual(['S3', '孙丽', '华东销售部', null, 'Completed', 1, 2, 'Yes', code]);
    expect(typeof progress!.rows[1]![9]).toBe('number');
  });

  test('paging and sorting: pages partition the sorted rows; a bad page is refused', async () => {
    const whole = await rows('/progress?sort=name&dir=desc&pageSize=500');
    expect(whole.matched).toBe(15);
    const paged: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const body = await rows(`/progress?sort=name&dir=desc&pageSize=4&page=${page}`);
      expect(body.rows.length).toBe(page < 4 ? 4 : 3);
      paged.push(...body.rows.map((r) => r.employeeId));
    }
    expect(paged).toEqual(whole.rows.map((r) => r.employeeId));
    expect((await rows('/progress?sort=status&dir=desc&pageSize=1')).rows[0]!.employeeId).toBe('S3');
    for (const q of ['page=0', 'pageSize=100000', 'sort=salary', 'dir=up']) expect((await get(`/progress?${q}`, hr)).status, q).toBe(400);
  });

  test('a scoped session sees its department only, in the matrix, the trainee page and every export', async () => {
    const body = await rows('/progress?pageSize=500', manager);
    expect(body).toMatchObject({ total: 3, matched: 3, departments: ['华东销售部'] });
    expect((await get(`/progress?department=${encodeURIComponent('华南销售部')}`, manager)).status).toBe(403);
    expect((await get('/trainees/T10', manager)).status).toBe(404);
    expect((await get('/trainees/S1', manager)).status).toBe(200);
    expect(await (await get('/session', manager)).json()).toMatchObject({ user: 'manager', department: '华东销售部' });
    const csv = (await (await get('/export.csv?lang=en', manager)).text()).trim().split('\r\n').slice(1);
    expect(new Set(csv.map((l) => l.split(',')[0]))).toEqual(new Set(['"S1"', '"S2"', '"S3"']));
    const sheets = readXlsx(new Uint8Array(await (await get('/export.xlsx', manager)).arrayBuffer()));
    for (const sheet of sheets) expect(new Set(sheet.rows.slice(1).map((r) => r[2]))).toEqual(new Set(['华东销售部']));
    const ndjson = (await (await get('/statements.ndjson', manager)).text()).trim().split('\n').map((l) => JSON.parse(l).actor.account.name);
    expect(new Set(ndjson)).toEqual(new Set(['S1', 'S2', 'S3']));
    const summary = await (await get('/summary', manager)).json();
    expect(summary.departments.map((d: { department: string }) => d.department)).toEqual(['华东销售部']);
    expect(summary.funnel).toEqual({ not_started: 0, reading: 0, read: 0, passed: 2, certified: 1 });
    expect(summary.completions).toHaveLength(1);
    // The unscoped session still sees everyone.
    expect((await (await get('/summary', hr)).json()).funnel).toEqual({ not_started: 6, reading: 6, read: 0, passed: 2, certified: 1 });
    expect((await rows('/progress?pageSize=500')).total).toBe(15);
  });
});

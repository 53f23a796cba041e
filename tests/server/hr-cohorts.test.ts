import { expect, test } from 'vitest';
import { testStorage } from './test-storage';
import { hrSessions } from '../../src/server/hr/sessions';
import { readXlsx } from '../setup/read-xlsx';
import { HR, serveApp } from './serve-app';

const sql = await testStorage();
const served = serveApp({ sql });

test('due dates per cohort: HR names a wave of employee ids across departments; its members are overdue after its day, in the list and both exports', async () => {
  for (const [employeeId, department] of [['C1', '华东销售部'], ['C2', '华南销售部'], ['C3', '华东销售部']])
    expect((await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `学员${employeeId}`, employeeId, department }) })).status).toBe(201);
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrf } = (await login.json()) as { csrf: string };
  const put = (path: string, body: unknown, token = csrf, who = cookie) =>
    fetch(`${served.base}/hr/api${path}`, { method: 'PUT', headers: { Cookie: who, 'Content-Type': 'application/json', 'X-CSRF-Token': token }, body: JSON.stringify(body) });
  const get = (path: string, who = cookie) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: who } });

  // The first wave: C1 and C2 from two departments; an unknown id is reported back, not stored.
  expect((await put('/cohorts', { cohort: '第一批', employeeIds: ['C1', 'C2'] }, 'wrong')).status).toBe(403);
  expect((await put('/cohorts', { cohort: '', employeeIds: ['C1'] })).status).toBe(400);
  const set = await (await put('/cohorts', { cohort: '第一批', employeeIds: ['C1', 'C2', 'NOBODY'] })).json();
  expect(set).toMatchObject({ cohorts: [{ cohort: '第一批', members: 2, due: null }], unknown: ['NOBODY'] });
  expect((await put('/cohorts/due', { cohort: '第一批', due: '2020-02-30' })).status).toBe(400);
  const dated = await (await put('/cohorts/due', { cohort: '第一批', due: '2020-01-01' })).json();
  expect(dated.cohorts).toEqual([{ cohort: '第一批', members: 2, due: '2020-01-01' }]);

  const overdue = await (await get('/progress?overdue=yes')).json();
  expect(overdue.rows.map((r: { employeeId: string; cohort: string }) => [r.employeeId, r.cohort])).toEqual([
    ['C1', '第一批'],
    ['C2', '第一批'],
  ]);
  const csv = (await (await get('/export.csv?overdue=yes&lang=en')).text()).trim().split('\r\n').slice(1);
  expect(new Set(csv.map((l) => l.split(',')[0]))).toEqual(new Set(['"C1"', '"C2"']));
  const [sheet] = readXlsx(new Uint8Array(await (await get('/export.xlsx?overdue=yes')).arrayBuffer()));
  expect(new Set(sheet!.rows.slice(1).map((r) => r[0]))).toEqual(new Set(['C1', 'C2']));

  // A department's own due day still counts beside the cohort's: C3 is late by its department.
  await put('/due-dates', { department: '华东销售部', due: '2020-01-01' });
  expect((await (await get('/progress?overdue=yes')).json()).rows.map((r: { employeeId: string }) => r.employeeId).sort()).toEqual(['C1', 'C2', 'C3']);
  await put('/due-dates', { department: '华东销售部', due: '' });

  // A manager sees their department's late cohort members only, and cannot change cohorts.
  const scoped = await hrSessions(sql, 3_600_000).open('manager', '华南销售部');
  const manager = `sta_hr=${scoped.token}`;
  expect((await (await get('/progress?overdue=yes', manager)).json()).rows.map((r: { employeeId: string }) => r.employeeId)).toEqual(['C2']);
  // Their list of cohorts counts their own department's members only.
  expect((await (await get('/cohorts', manager)).json()).cohorts).toEqual([{ cohort: '第一批', members: 1, due: '2020-01-01' }]);
  expect((await (await get('/cohorts')).json()).cohorts).toEqual([{ cohort: '第一批', members: 2, due: '2020-01-01' }]);
  expect((await put('/cohorts', { cohort: '第一批', employeeIds: [] }, scoped.csrf, manager)).status).toBe(403);
  expect((await put('/cohorts/due', { cohort: '第一批', due: '' }, scoped.csrf, manager)).status).toBe(403);

  // Moving C2 to another wave with no due day takes them off the list (and HR hears whom the save moved, from where); clearing the day ends the rest.
  expect((await (await put('/cohorts', { cohort: '第二批', employeeIds: ['C2', 'C3'] })).json()).moved).toEqual([{ employeeId: 'C2', from: '第一批' }]);
  await put('/cohorts', { cohort: '第二批', employeeIds: ['C2'] });
  expect((await (await get('/progress?overdue=yes')).json()).rows.map((r: { employeeId: string }) => r.employeeId)).toEqual(['C1']);
  expect((await (await get('/cohorts')).json()).cohorts).toEqual([
    { cohort: '第一批', members: 1, due: '2020-01-01' },
    { cohort: '第二批', members: 1, due: null },
  ]);
  await put('/cohorts/due', { cohort: '第一批', due: '' });
  expect((await (await get('/progress?overdue=yes')).json()).rows).toEqual([]);
});

test("the exports carry each trainee's cohort beside the department, headed in either language; no cohort is an empty cell", async () => {
  for (const [employeeId, department] of [['K1', '华北销售部'], ['K2', '华北销售部']])
    expect((await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `学员${employeeId}`, employeeId, department }) })).status).toBe(201);
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrf } = (await login.json()) as { csrf: string };
  const get = (path: string) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: cookie } });
  const put = await fetch(`${served.base}/hr/api/cohorts`, { method: 'PUT', headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify({ cohort: '秋季, "一期"', employeeIds: ['K1'] }) });
  expect(put.status).toBe(200);

  const csv = (await (await get('/export.csv?lang=en&department=华北销售部')).text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(csv[0]!.startsWith('"Employee ID","Name","Department","Cohort","Course status"')).toBe(true);
  expect(csv.filter((l) => l.startsWith('"K1",')).every((l) => l.startsWith('"K1","学员K1","华北销售部","秋季, ""一期""",'))).toBe(true);
  expect(csv.filter((l) => l.startsWith('"K2",')).every((l) => l.startsWith('"K2","学员K2","华北销售部","",'))).toBe(true);
  expect(csv.filter((l) => l.startsWith('"K1",')).length).toBeGreaterThan(0);

  const [progress, overview] = readXlsx(new Uint8Array(await (await get('/export.xlsx?lang=zh-CN&department=华北销售部')).arrayBuffer()));
  for (const sheet of [progress!, overview!]) {
    expect(sheet.rows[0]!.slice(0, 5)).toEqual(['工号', '姓名', '部门', '批次', '课程状态']);
    expect(sheet.rows.filter((r) => r[0] === 'K1').every((r) => r[3] === '秋季, "一期"')).toBe(true);
    expect(sheet.rows.filter((r) => r[0] === 'K2').every((r) => r[3] === null)).toBe(true);
  }
  expect(overview!.rows.slice(1).map((r) => [r[0], r[3]])).toEqual([
    ['K1', '秋季, "一期"'],
    ['K2', null],
  ]);
});

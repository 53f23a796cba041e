import { expect, test } from 'vitest';
import { testStorage } from './test-storage';
import { hrSessions } from '../../src/server/hr/sessions';
import { readXlsx } from '../setup/read-xlsx';
import { HR, serveApp } from './serve-app';

const sql = await testStorage();
const served = serveApp({ sql });

// A day still to come, within the ten years ahead a due day may be set.
const later = `${new Date().getUTCFullYear() + 1}-01-01`;

test('due dates per department: set with the CSRF token; the overdue list and its exports; a scoped session keeps to its department', async () => {
  for (const [employeeId, department] of [['D1', '逾期部'], ['D2', '逾期部'], ['D3', '按期部']])
    expect((await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `学员${employeeId}`, employeeId, department }) })).status).toBe(201);
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrf } = (await login.json()) as { csrf: string };
  const put = (body: unknown, token = csrf, who = cookie) => fetch(`${served.base}/hr/api/due-dates`, { method: 'PUT', headers: { Cookie: who, 'Content-Type': 'application/json', 'X-CSRF-Token': token }, body: JSON.stringify(body) });
  const get = (path: string, who = cookie) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: who } });

  expect((await put({ department: '逾期部', due: '2020-01-01' }, 'wrong')).status).toBe(403);
  expect((await put({ department: '逾期部', due: '01/01/2020' })).status).toBe(400);
  expect((await put({ department: '逾期部', due: '2020-02-30' })).status).toBe(400);
  expect((await put({ department: '逾期部', due: '2020-01-01' })).status).toBe(200);
  const list = await (await put({ department: '按期部', due: later })).json();
  expect(list.dueDates).toEqual([{ department: '逾期部', due: '2020-01-01' }, { department: '按期部', due: later }]);

  const overdue = await (await get('/progress?overdue=yes')).json();
  expect(overdue.rows.map((r: { employeeId: string }) => r.employeeId)).toEqual(['D1', 'D2']);
  const csv = (await (await get('/export.csv?overdue=yes&lang=en')).text()).trim().split('\r\n').slice(1);
  expect(new Set(csv.map((l) => l.split(',')[0]))).toEqual(new Set(['"D1"', '"D2"']));
  const [sheet] = readXlsx(new Uint8Array(await (await get('/export.xlsx?overdue=yes')).arrayBuffer()));
  expect(new Set(sheet!.rows.slice(1).map((r) => r[0]))).toEqual(new Set(['D1', 'D2']));
  expect((await get('/progress?overdue=maybe')).status).toBe(400);

  // A manager of the on-time department sees no overdue trainee, and cannot set another department's date.
  const scoped = await hrSessions(sql, 3_600_000).open('manager', '按期部');
  const manager = `sta_hr=${scoped.token}`;
  expect((await (await get('/progress?overdue=yes', manager)).json()).rows).toEqual([]);
  expect((await (await get('/due-dates', manager)).json()).dueDates).toEqual([{ department: '按期部', due: later }]);
  expect((await put({ department: '逾期部', due: later }, scoped.csrf, manager)).status).toBe(403);
  // Clearing a date ends the overdue.
  await put({ department: '逾期部', due: '' });
  expect((await (await get('/progress?overdue=yes')).json()).rows).toEqual([]);
});

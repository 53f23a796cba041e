import { expect, test } from 'vitest';
import { activityIds, buildStatement } from '../../src/domain';
import { HR, serveApp } from './serve-app';

// Employee ids match whatever their case or width: a trainee who registers as e1024 on a second
// browser is the trainee already recorded as E1024, not a second person in HR's reports.
const served = serveApp();
const a = activityIds();
const HOME = 'https://sales-target-academy.example.com/employees';
const xapi = { 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };

const register = async (employeeId: string) => {
  const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '王小明', employeeId, department: '华东销售部' }) });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; actor: { account: { name: string } } };
};

test('a second registration spelled e1024 is the trainee recorded as E1024: its records are theirs, and HR sees one person', async () => {
  const first = await register('E1024');
  const second = await register('e1024');
  expect(second.actor.account.name).toBe('E1024');

  // The second browser still writes as it typed the id: taken as the same trainee, kept under the spelling on record.
  const typed = { name: '王小明', employeeId: 'e1024', homePage: HOME };
  const slide = (trainee: typeof typed) => buildStatement({ id: crypto.randomUUID(), trainee, verb: 'experienced', object: { id: a.slide('01-foundations', 'part-overview'), type: 'lesson' }, parent: a.module('01-foundations'), result: { durationMs: 5000 }, timestamp: '2026-12-07T08:00:00.000Z' });
  const read = slide(typed);
  const sent = await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { ...xapi, Authorization: `Bearer ${second.token}` }, body: JSON.stringify([read]) });
  expect(sent.status).toBe(200);
  const agent = (name: string) => encodeURIComponent(JSON.stringify({ objectType: 'Agent', account: { homePage: HOME, name } }));
  const mine = await fetch(`${served.base}/xapi/statements?agent=${agent('e1024')}`, { headers: { ...xapi, Authorization: `Bearer ${second.token}` } });
  expect(mine.status).toBe(200);
  const stored = ((await mine.json()) as { statements: { id: string; actor: { account: { name: string } } }[] }).statements.find((s) => s.id === read.id);
  expect(stored?.actor.account.name).toBe('E1024');
  // The first browser's token reads the same record.
  const theirs = await fetch(`${served.base}/xapi/statements?agent=${agent('E1024')}`, { headers: { ...xapi, Authorization: `Bearer ${first.token}` } });
  expect(((await theirs.json()) as { statements: { id: string }[] }).statements.map((s) => s.id)).toContain(read.id);

  // Another person's id is still refused.
  const other = slide({ ...typed, employeeId: 'E1025' });
  expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { ...xapi, Authorization: `Bearer ${second.token}` }, body: JSON.stringify([other]) })).status).toBe(403);

  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const rows = ((await (await fetch(`${served.base}/hr/api/progress?q=1024`, { headers: { Cookie: cookie } })).json()) as { rows: { employeeId: string }[] }).rows;
  expect(rows.map((r) => r.employeeId)).toEqual(['E1024']);
});

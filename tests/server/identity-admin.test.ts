import { expect, test } from 'vitest';
import { activityIds, buildStatement, DEFAULT_HOME_PAGE } from '../../src/domain';
import { HR, serveApp } from './serve-app';
import { testStorage } from './test-storage';

// Without company sign-in: HR's matrix marks self-declared identities, and an admin (here the
// local break-glass account) removes or merges them.
const sql = await testStorage();
const served = serveApp({ sql });
const xapi = (token: string) => ({ Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' });

async function register(name: string, employeeId: string) {
  const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId, department: '华东销售部' }) });
  return ((await res.json()) as { token: string }).token;
}

async function admin() {
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  return { Cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'X-CSRF-Token': ((await login.json()) as { csrf: string }).csrf, 'Content-Type': 'application/json' };
}

const rows = async (headers: Record<string, string>) =>
  ((await (await fetch(`${served.base}/hr/api/progress?sort=employeeId`, { headers })).json()) as { rows: { employeeId: string; identity: string | null; modules: Record<string, { read: boolean }> }[] }).rows;

test('an admin merges a mistyped self-declared identity into the right one, and removes a made-up one; both are marked self-declared until then', async () => {
  const typo = await register('李娜', 'E1O01');
  await register('李娜', 'E1001');
  const fake = await register('Nobody', 'X0000');
  const read = buildStatement({ id: crypto.randomUUID(), trainee: { name: '李娜', employeeId: 'E1O01', homePage: DEFAULT_HOME_PAGE }, verb: 'progressed', object: { id: activityIds().module('00-intro'), type: 'module' }, result: { progress: 100 }, timestamp: '2026-11-20T09:00:00.000Z' });
  expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: xapi(typo), body: JSON.stringify(read) })).status).toBe(200);
  const headers = await admin();
  expect((await rows(headers)).map((r) => [r.employeeId, r.identity]).sort()).toEqual([
    ['E1001', 'self-declared'],
    ['E1O01', 'self-declared'],
    ['X0000', 'self-declared'],
  ]);

  expect((await fetch(`${served.base}/hr/api/trainees/E1O01/merge`, { method: 'POST', headers: { ...headers, 'X-CSRF-Token': 'no' }, body: '{"into":"E1001"}' })).status).toBe(403);
  expect((await fetch(`${served.base}/hr/api/trainees/E1O01/merge`, { method: 'POST', headers, body: '{"into":"NOBODY"}' })).status).toBe(404);
  expect((await fetch(`${served.base}/hr/api/trainees/E1O01/merge`, { method: 'POST', headers, body: '{"into":"E1001"}' })).status).toBe(204);
  expect((await fetch(`${served.base}/hr/api/trainees/X0000`, { method: 'DELETE', headers })).status).toBe(204);
  expect((await fetch(`${served.base}/hr/api/trainees/X0000`, { method: 'DELETE', headers })).status).toBe(404);

  const after = await rows(headers);
  expect(after.map((r) => r.employeeId)).toEqual(['E1001']);
  expect(after[0]!.modules['00-intro']).toMatchObject({ read: true });
  // The merged and the removed identities' tokens no longer write anything.
  for (const token of [typo, fake]) expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: xapi(token), body: JSON.stringify({ ...read, id: crypto.randomUUID() }) })).status).toBe(401);
});

test('the id to merge into matches whatever case the admin types it in, and a pilot id typed in lower case merges into the upper-case one', async () => {
  await register('张伟', 'e3001');
  // A registration now finds the id whatever its case; a pilot run before that recorded the
  // same person twice, as here.
  await sql.run("INSERT INTO trainees (employee_id, name, department, registered, updated) VALUES ('E3001', '张伟', '华东销售部', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')");
  const headers = await admin();
  // Into itself in another case is no merge.
  expect((await fetch(`${served.base}/hr/api/trainees/E3001/merge`, { method: 'POST', headers, body: '{"into":"e3001 "}' })).status).toBe(204);
  expect((await rows(headers)).map((r) => r.employeeId)).not.toContain('E3001');
  await register('王强', 'W3002');
  expect((await fetch(`${served.base}/hr/api/trainees/W3002/merge`, { method: 'POST', headers, body: '{"into":"w3002"}' })).status).toBe(400);
  expect((await fetch(`${served.base}/hr/api/trainees/W3002/merge`, { method: 'POST', headers, body: '{"into":"E3001"}' })).status).toBe(204);
  expect((await rows(headers)).map((r) => r.employeeId).filter((id) => /3001|3002/i.test(id))).toEqual(['e3001']);
});

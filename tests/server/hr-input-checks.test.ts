import { expect, test } from 'vitest';
import { HR, serveApp } from './serve-app';

// Input that cannot be right is refused with a named reason, and nothing already kept is lost.
const served = serveApp({ now: () => Date.parse('2026-12-05T10:00:00Z') });

async function hr() {
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  return { Cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'X-CSRF-Token': ((await login.json()) as { csrf: string }).csrf, 'Content-Type': 'application/json' };
}

const register = async (employeeId: string) =>
  expect((await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `学员${employeeId}`, employeeId, department: '校验部' }) })).status).toBe(201);

async function send(method: string, path: string, body: unknown) {
  const res = await fetch(`${served.base}/hr/api${path}`, { method, headers: await hr(), body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined };
}

test('a cohort needs at least one registered employee id: an empty list or only unknown ids are refused and its members stay', async () => {
  await register('K1');
  expect((await send('PUT', '/cohorts', { cohort: '校验批', employeeIds: ['K1'] })).status).toBe(200);
  expect(await send('PUT', '/cohorts', { cohort: '校验批', employeeIds: [] })).toMatchObject({ status: 400, body: { error: 'no_employee_ids' } });
  expect(await send('PUT', '/cohorts', { cohort: '校验批', employeeIds: ['NOBODY1', 'NOBODY2'] })).toMatchObject({ status: 400, body: { error: 'no_registered_ids', unknown: ['NOBODY1', 'NOBODY2'] } });
  const list = await fetch(`${served.base}/hr/api/cohorts`, { headers: await hr() });
  expect(((await list.json()) as { cohorts: unknown[] }).cohorts).toEqual([{ cohort: '校验批', members: 1, due: null }]);
});

test('a due day before 2000 or more than ten years ahead is refused for a department and a cohort; one inside the range is kept', async () => {
  for (const due of ['0001-01-01', '1999-12-31', '2036-12-06', '9999-12-31']) {
    expect(await send('PUT', '/due-dates', { department: '校验部', due })).toMatchObject({ status: 400, body: { error: 'due_out_of_range' } });
    expect(await send('PUT', '/cohorts/due', { cohort: '校验批', due })).toMatchObject({ status: 400, body: { error: 'due_out_of_range' } });
  }
  expect(await send('PUT', '/due-dates', { department: '校验部', due: '2036-12-05' })).toMatchObject({ status: 200, body: { dueDates: [{ department: '校验部', due: '2036-12-05' }] } });
  expect(await send('PUT', '/due-dates', { department: '校验部', due: '2000-01-01' })).toMatchObject({ status: 200, body: { dueDates: [{ department: '校验部', due: '2000-01-01' }] } });
});

test('roles are granted and identities merged only to employee ids registration would accept, and never into the same identity', async () => {
  await register('M1');
  await register('M2');
  expect(await send('PUT', `/roles/${encodeURIComponent('员工😀 1')}`, { roles: ['manager'] })).toMatchObject({ status: 400, body: { error: 'bad_employee_id' } });
  expect(await send('PUT', `/roles/${'A'.repeat(100)}`, { roles: ['manager'] })).toMatchObject({ status: 400, body: { error: 'bad_employee_id' } });
  expect((await send('PUT', '/roles/M2', { roles: ['manager'] })).status).toBe(200);
  expect(await send('POST', '/trainees/M1/merge', { into: 'M1' })).toMatchObject({ status: 400, body: { error: 'same_identity' } });
  expect(await send('POST', '/trainees/M1/merge', { into: 'A'.repeat(100) })).toMatchObject({ status: 400, body: { error: 'bad_employee_id' } });
  expect(await send('POST', '/trainees/M1/merge', { into: '员工😀 1' })).toMatchObject({ status: 400, body: { error: 'bad_employee_id' } });
  expect(await send('POST', '/trainees/M1/merge', { into: '' })).toMatchObject({ status: 400, body: { error: 'bad_employee_id' } });
});

import { expect, test } from 'vitest';
import { HR, serveApp } from './serve-app';

// The admin's roles page lists grants with the trainee's name when the trainee has registered,
// who granted them and when; here the admin is the local break-glass account.
const served = serveApp();

async function admin() {
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const session = (await login.json()) as { csrf: string; roles: string[]; breakGlass: boolean };
  // The sign-in's answer already says this is an admin, so the page shows the Roles link at once.
  expect(session).toMatchObject({ roles: ['admin'], breakGlass: true });
  return { Cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'X-CSRF-Token': session.csrf, 'Content-Type': 'application/json' };
}

type Grant = { employeeId: string; name: string | null; role: string; grantedBy: string; updated: string };
const grants = async (headers: Record<string, string>) => {
  const res = await fetch(`${served.base}/hr/api/roles`, { headers });
  expect(res.status).toBe(200);
  return ((await res.json()) as { grants: Grant[] }).grants;
};
const put = (headers: Record<string, string>, employeeId: string, body: string) => fetch(`${served.base}/hr/api/roles/${encodeURIComponent(employeeId)}`, { method: 'PUT', headers, body });

test('granted roles are listed per role with the registered trainee’s name (null for an unknown id), the granter and the time; an empty list removes them', async () => {
  const registered = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '王芳', employeeId: 'E2001', department: '华东销售部' }) });
  expect(registered.status).toBe(201);
  const headers = await admin();
  expect(await grants(headers)).toEqual([]);

  const before = Date.now();
  expect((await put(headers, 'E2001', '{"roles":["manager","trainer"]}')).status).toBe(200);
  expect((await put(headers, 'N9999', '{"roles":["hr"]}')).status).toBe(200);
  const listed = await grants(headers);
  expect(listed.map(({ employeeId, name, role, grantedBy }) => [employeeId, name, role, grantedBy])).toEqual([
    ['E2001', '王芳', 'manager', HR.user],
    ['E2001', '王芳', 'trainer', HR.user],
    ['N9999', null, 'hr', HR.user],
  ]);
  for (const g of listed) expect(Date.parse(g.updated)).toBeGreaterThanOrEqual(before - 1000);

  // Bad input is refused and changes nothing.
  expect((await put(headers, 'E2001', '{"roles":["trainee"]}')).status).toBe(400);
  expect((await put(headers, 'E'.repeat(65), '{"roles":["hr"]}')).status).toBe(400);
  // Full-width (a Chinese input method): such a grant would never reach the company's E2001.
  expect((await put(headers, 'Ｅ２００１', '{"roles":["hr"]}')).status).toBe(400);
  expect((await put({ ...headers, 'X-CSRF-Token': 'wrong' }, 'E2001', '{"roles":[]}')).status).toBe(403);
  expect(await grants(headers)).toEqual(listed);

  expect((await put(headers, 'E2001', '{"roles":[]}')).status).toBe(200);
  expect((await grants(headers)).map((g) => g.employeeId)).toEqual(['N9999']);
});

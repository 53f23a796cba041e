import { expect, test } from 'vitest';
import { HR, serveApp } from './serve-app';

const served = serveApp();

test('saved views: kept on the server per HR user, saving needs the CSRF token, bad input is refused', async () => {
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrf } = (await login.json()) as { csrf: string };
  const put = (body: unknown, token = csrf) => fetch(`${served.base}/hr/api/views`, { method: 'PUT', headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-CSRF-Token': token }, body: JSON.stringify(body) });

  expect((await put({ name: '逾期', query: 'department=a' }, 'wrong')).status).toBe(403);
  expect((await put({ name: '', query: 'x' })).status).toBe(400);
  expect((await put({ name: '逾期', query: '?department=销售一部&sort=name&dir=desc' })).status).toBe(200);
  const again = await put({ name: '逾期', query: 'department=销售二部' });
  expect(((await again.json()) as { views: { name: string; query: string }[] }).views.map((v) => [v.name, v.query])).toEqual([['逾期', 'department=销售二部']]);

  // Another session of the same user sees the view; deleting it needs the CSRF token too.
  const list = await fetch(`${served.base}/hr/api/views`, { headers: { Cookie: cookie } });
  expect(((await list.json()) as { views: unknown[] }).views).toHaveLength(1);
  expect((await fetch(`${served.base}/hr/api/views/${encodeURIComponent('逾期')}`, { method: 'DELETE', headers: { Cookie: cookie } })).status).toBe(403);
  const deleted = await fetch(`${served.base}/hr/api/views/${encodeURIComponent('逾期')}`, { method: 'DELETE', headers: { Cookie: cookie, 'X-CSRF-Token': csrf } });
  expect(((await deleted.json()) as { views: unknown[] }).views).toEqual([]);
  expect((await fetch(`${served.base}/hr/api/views`)).status).toBe(401);
});

import { expect, test } from 'vitest';
import { serveApp } from './serve-app';
import { activityIds, buildStatement } from '../../src/domain';

const HOME = 'https://hr.example.com';
const full = { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const about = (employeeId: string, n: number) =>
  buildStatement({ id: uuid(n), trainee: { name: employeeId, employeeId, homePage: HOME }, verb: 'experienced', object: { id: activityIds().module('01-foundations'), type: 'module' }, timestamp: '2026-11-27T08:00:00.000Z' });

const served = serveApp({ homePage: HOME });

async function register(employeeId: string) {
  const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '李娜', employeeId, department: '华东销售部' }) });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: string; actor: { account: { homePage: string; name: string } } };
}
const as = (token: string) => ({ Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' });

test('registration checks its fields and gives the browser a token and its xAPI actor', async () => {
  const bad = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '', employeeId: 'a b', department: 'x' }) });
  expect(bad.status).toBe(400);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(['employeeId', 'name']);
  const ok = await register('E100');
  expect(ok.token.length).toBeGreaterThanOrEqual(40);
  expect(ok.actor.account).toEqual({ homePage: HOME, name: 'E100' });
});

test('a trainee token records and reads only its own trainee', async () => {
  const li = await register('E200');
  await register('E201');
  expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: as(li.token), body: JSON.stringify(about('E200', 1)) })).status).toBe(200);
  expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: as(li.token), body: JSON.stringify(about('E201', 2)) })).status).toBe(403);
  expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: full, body: JSON.stringify(about('E201', 3)) })).status).toBe(200);

  // Another trainee's statement answers exactly as one that does not exist.
  const foreign = await fetch(`${served.base}/xapi/statements?statementId=${uuid(3)}`, { headers: as(li.token) });
  const unknown = await fetch(`${served.base}/xapi/statements?statementId=${uuid(999)}`, { headers: as(li.token) });
  expect([foreign.status, unknown.status]).toEqual([404, 404]);
  expect(await foreign.json()).toEqual(await unknown.json());
  expect((await fetch(`${served.base}/xapi/statements?statementId=${uuid(1)}`, { headers: as(li.token) })).status).toBe(200);
  const other = encodeURIComponent(JSON.stringify({ account: { homePage: HOME, name: 'E201' } }));
  expect((await fetch(`${served.base}/xapi/statements?agent=${other}`, { headers: as(li.token) })).status).toBe(403);
  const mine = await (await fetch(`${served.base}/xapi/statements`, { headers: as(li.token) })).json();
  expect(mine.statements.map((s: { id: string }) => s.id)).toEqual([uuid(1)]);
});

test('a made-up token is refused', async () => {
  expect((await fetch(`${served.base}/xapi/statements`, { headers: as('not-a-token') })).status).toBe(401);
});

test('a trainee voids only their own statements: another trainee\'s or an unknown id is refused alike, and nothing is voided', async () => {
  const li = await register('E300');
  const wang = await register('E301');
  expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: as(li.token), body: JSON.stringify([about('E300', 300)]) })).status).toBe(200);
  expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: as(wang.token), body: JSON.stringify([about('E301', 301)]) })).status).toBe(200);
  const voiding = (n: number, target: number) => ({
    id: uuid(n),
    actor: { objectType: 'Agent', account: { homePage: HOME, name: 'E300' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
    object: { objectType: 'StatementRef', id: uuid(target) },
  });
  const post = (body: unknown) => fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: as(li.token), body: JSON.stringify(body) });
  const foreign = await post(voiding(310, 301));
  const unknown = await post(voiding(311, 399));
  expect([foreign.status, unknown.status]).toEqual([403, 403]);
  expect(await foreign.json()).toEqual(await unknown.json());
  // Wang's statement is still there for the full-access credential.
  expect((await fetch(`${served.base}/xapi/statements?statementId=${uuid(301)}`, { headers: full })).status).toBe(200);
  // Her own: voided.
  expect((await post(voiding(312, 300))).status).toBe(200);
  expect((await fetch(`${served.base}/xapi/statements?voidedStatementId=${uuid(300)}`, { headers: full })).status).toBe(200);
});

test('the token and the profile never stay in a cache', async () => {
  const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: '李娜', employeeId: 'E400', department: '华东销售部' }) });
  expect(res.status).toBe(201);
  expect(res.headers.get('cache-control')).toBe('no-store');
});

test('a name with a line break, NUL or a right-to-left override is refused with the field named', async () => {
  for (const name of ['李\nn娜', 'a\u0000b', 'evil\u202Etxt.exe']) {
    const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId: 'E401', department: 'Sales' }) });
    expect(res.status).toBe(400);
    expect((await res.json()).fields).toEqual({ name: 'controlChars' });
  }
});

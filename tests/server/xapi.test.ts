import { describe, expect, test } from 'vitest';
import { serveApp } from './serve-app';
import { activityIds, buildStatement } from '../../src/domain';

const auth = `Basic ${Buffer.from('lrs-tool:s3cret').toString('base64')}`;
const headers = { Authorization: auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const a = activityIds();
const trainee = (id: string) => ({ name: id, employeeId: id, homePage: 'https://hr.example.com' });
const statement = (n: number, who = 'E1', verb: 'experienced' | 'completed' = 'experienced') =>
  buildStatement({ id: uuid(n), trainee: trainee(who), verb, object: { id: a.module(`0${n % 9}-m`), type: 'module' }, timestamp: '2026-11-27T08:00:00.000Z' });

const served = serveApp({ xapiUser: 'lrs-tool', xapiPassword: 's3cret' });

const post = (body: unknown, h: Record<string, string> = headers) => fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: h, body: JSON.stringify(body) });

test('about names the versions the server speaks', async () => {
  const res = await fetch(`${served.base}/xapi/about`);
  expect(await res.json()).toEqual({ version: ['1.0.3', '1.0.2', '1.0.1', '1.0.0'], extensions: {} });
});

test('POST stores statements and returns their ids; a repeat is a no-op, a conflict is 409', async () => {
  const res = await post([statement(1), statement(2)]);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual([uuid(1), uuid(2)]);
  expect((await post(statement(1))).status).toBe(200);
  const conflicting = { ...statement(1), verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } } };
  const res409 = await post(conflicting);
  expect(res409.status).toBe(409);
  expect((await res409.json()).message).toMatch(/already exists/);
});

test('one id twice in a batch: the same statement is stored once, two different ones refuse the batch', async () => {
  const twice = await post([statement(40), statement(40)]);
  expect(twice.status).toBe(200);
  expect(await twice.json()).toEqual([uuid(40), uuid(40)]);
  const other = { ...statement(41), verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } } };
  const res = await post([statement(42), statement(41), other]);
  expect(res.status).toBe(409);
  expect((await res.json()).message).toMatch(/already exists/);
  // Nothing of the refused batch was kept.
  expect((await fetch(`${served.base}/xapi/statements?statementId=${uuid(42)}`, { headers })).status).toBe(404);
});

test('PUT with statementId stores one statement', async () => {
  const s = statement(3);
  const res = await fetch(`${served.base}/xapi/statements?statementId=${uuid(3)}`, { method: 'PUT', headers, body: JSON.stringify({ ...s, id: undefined }) });
  expect(res.status).toBe(204);
  const got = await fetch(`${served.base}/xapi/statements?statementId=${uuid(3)}`, { headers });
  const body = await got.json();
  expect(body.id).toBe(uuid(3));
  expect(body.stored).toMatch(/^\d{4}-/);
  expect(body.authority).toBeDefined();
});

describe('bad requests are refused with a reason', () => {
  test.each([
    ['no version header', () => post(statement(4), { Authorization: auth, 'Content-Type': 'application/json' }), 400],
    ['an unknown version', () => post(statement(4), { ...headers, 'X-Experience-API-Version': '0.95' }), 400],
    ['no credentials', () => post(statement(4), { 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }), 401],
    ['wrong credentials', () => post(statement(4), { ...headers, Authorization: `Basic ${Buffer.from('lrs-tool:nope').toString('base64')}` }), 401],
    ['a body that is not JSON', () => fetch(`${served.base}/xapi/statements`, { method: 'POST', headers, body: '{oops' }), 400],
    ['an invalid statement', () => post({ ...statement(4), id: 'x' }), 400],
    ['a statement with no verb', () => post({ ...statement(4), verb: undefined }), 400],
    ['a PUT without statementId', () => fetch(`${served.base}/xapi/statements`, { method: 'PUT', headers, body: JSON.stringify(statement(4)) }), 400],
  ])('%s', async (_n, call, status) => {
    const res = await call();
    expect(res.status).toBe(status);
  });

  test('a refusal challenges with the scheme that was tried, so a browser never asks for a password over a trainee token', async () => {
    const bearer = await post(statement(4), { ...headers, Authorization: 'Bearer no-such-token' });
    expect(bearer.status).toBe(401);
    expect(bearer.headers.get('WWW-Authenticate')).toBe('Bearer');
    const basic = await post(statement(4), { ...headers, Authorization: `Basic ${Buffer.from('lrs-tool:nope').toString('base64')}` });
    expect(basic.headers.get('WWW-Authenticate')).toBe('Basic realm="xAPI"');
  });

  test('2.0.0 is accepted too', async () => {
    expect((await post(statement(6), { ...headers, 'X-Experience-API-Version': '2.0.0' })).status).toBe(200);
  });
});

test('queries filter by agent, verb, activity and registration, and page with "more"', async () => {
  const many = Array.from({ length: 7 }, (_, i) => statement(100 + i, 'E9', i % 2 ? 'completed' : 'experienced'));
  expect((await post(many)).status).toBe(200);
  const agent = encodeURIComponent(JSON.stringify({ account: { homePage: 'https://hr.example.com', name: 'E9' } }));
  const page1 = await (await fetch(`${served.base}/xapi/statements?agent=${agent}&limit=3`, { headers })).json();
  expect(page1.statements).toHaveLength(3);
  expect(page1.more).toMatch(/^\/xapi\/statements\?/);
  const page2 = await (await fetch(`${served.base}${page1.more}`, { headers })).json();
  const page3 = await (await fetch(`${served.base}${page2.more}`, { headers })).json();
  const all = [...page1.statements, ...page2.statements, ...page3.statements].map((s: { id: string }) => s.id);
  expect(new Set(all).size).toBe(7);
  expect(page3.more).toBe('');
  const completed = await (await fetch(`${served.base}/xapi/statements?agent=${agent}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/completed')}`, { headers })).json();
  expect(completed.statements).toHaveLength(3);
});

test('a voided statement disappears from queries and is found only as voided', async () => {
  const target = statement(200, 'E7');
  await post(target);
  const voiding = buildStatement({ id: uuid(201), trainee: trainee('E7'), verb: 'completed', object: { id: a.course, type: 'course' }, timestamp: '2026-11-27T09:00:00.000Z' });
  const res = await post({ ...voiding, verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: uuid(200) } });
  expect(res.status).toBe(200);
  expect((await fetch(`${served.base}/xapi/statements?statementId=${uuid(200)}`, { headers })).status).toBe(404);
  expect((await fetch(`${served.base}/xapi/statements?voidedStatementId=${uuid(200)}`, { headers })).status).toBe(200);
  const agent = encodeURIComponent(JSON.stringify({ account: { homePage: 'https://hr.example.com', name: 'E7' } }));
  const list = await (await fetch(`${served.base}/xapi/statements?agent=${agent}`, { headers })).json();
  expect(list.statements.map((s: { id: string }) => s.id)).toEqual([uuid(201)]);
});

// Last: the server stops reading an over-large body, which can leave that connection unusable.
test('an over-large body is 413', async () => {
  // Attachments travel in the body, so it may reach 8 MB.
  const big = { ...statement(5), result: { response: 'x'.repeat(8_500_000) } };
  expect((await post(big)).status).toBe(413);
});

describe('the State resource (cmi5 launch data, resume state)', () => {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'L1' } });
  const reg = '00000000-0000-4000-8000-00000000abcd';
  const at = (stateId?: string, extra = '') =>
    `${served.base}/xapi/activities/state?activityId=${encodeURIComponent('https://example.com/au')}&agent=${encodeURIComponent(agent)}&registration=${reg}${stateId ? `&stateId=${encodeURIComponent(stateId)}` : ''}${extra}`;

  test('PUT, GET, POST merges JSON, the list of ids, DELETE', async () => {
    expect((await fetch(at('LMS.LaunchData'), { headers })).status).toBe(404);
    const launch = { launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.8 };
    expect((await fetch(at('LMS.LaunchData'), { method: 'PUT', headers, body: JSON.stringify(launch) })).status).toBe(204);
    const got = await fetch(at('LMS.LaunchData'), { headers });
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
    expect(await got.json()).toEqual(launch);
    expect((await fetch(at('LMS.LaunchData'), { method: 'POST', headers, body: JSON.stringify({ returnURL: 'https://lms.example.com/back' }) })).status).toBe(204);
    expect(await (await fetch(at('LMS.LaunchData'), { headers })).json()).toEqual({ ...launch, returnURL: 'https://lms.example.com/back' });
    await fetch(at('resume'), { method: 'PUT', headers: { ...headers, 'Content-Type': 'text/plain' }, body: '1|11|' });
    expect(await (await fetch(at(), { headers })).json()).toEqual(['LMS.LaunchData', 'resume']);
    expect(await (await fetch(at('resume'), { headers })).text()).toBe('1|11|');
    expect((await fetch(at('resume'), { method: 'POST', headers, body: '{"a":1}' })).status).toBe(400);
    expect((await fetch(at('resume'), { method: 'DELETE', headers })).status).toBe(204);
    expect((await fetch(at('resume'), { headers })).status).toBe(404);
  });

  test('bad requests: no credentials, no agent, a bad registration', async () => {
    expect((await fetch(at('x'), { headers: { 'X-Experience-API-Version': '1.0.3' } })).status).toBe(401);
    expect((await fetch(`${served.base}/xapi/activities/state?activityId=x&stateId=y`, { headers })).status).toBe(400);
    expect((await fetch(at('x').replace(reg, 'not-a-uuid'), { headers })).status).toBe(400);
  });

  test('POST merges JSON objects only: a string, an array or deep nesting is refused and nothing is merged', async () => {
    expect((await fetch(at('merge'), { method: 'PUT', headers, body: '{"kept":true}' })).status).toBe(204);
    for (const body of ['"abc"', '[1,2]', '5', '['.repeat(100) + ']'.repeat(100)]) {
      const res = await fetch(at('merge'), { method: 'POST', headers, body });
      expect(res.status, body.slice(0, 10)).toBe(400);
      expect((await res.json()).message).toEqual(expect.any(String));
    }
    expect(await (await fetch(at('merge'), { headers })).json()).toEqual({ kept: true });
    expect((await fetch(at(undefined, '&since=garbage'), { headers })).status).toBe(400);
  });
});

describe('hostile bodies and parameters are 4xx with the reason, never a 500 or a silent 200', () => {
  const get = (query: string) => fetch(`${served.base}/xapi/statements?${query}`, { headers });
  test.each([
    ['a body of JSON null', () => post(null), 400],
    ['a body of [null]', () => post([null]), 400],
    ['nesting 5,000 deep', () => fetch(`${served.base}/xapi/statements`, { method: 'POST', headers, body: '['.repeat(5000) + ']'.repeat(5000) }), 400],
    // xAPI answers a statement body that is neither JSON nor multipart/mixed with 400 (Communication 1.5).
    ['a body not said to be JSON', () => fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: JSON.stringify(statement(7)) }), 400],
    ['limit=abc', () => get('limit=abc'), 400],
    ['since=garbage', () => get('since=garbage'), 400],
    ['until on the 45th of the month', () => get('until=2026-11-45T00:00:00Z'), 400],
    ['ascending=maybe', () => get('ascending=maybe'), 400],
    ['after=-1', () => get('after=-1'), 400],
    ['an agent that is not JSON', () => get('agent=bob'), 400],
    ['a registration that is not a UUID', () => get('registration=abc'), 400],
    ['a statementId that is not a UUID', () => get('statementId=abc'), 400],
    ['an unknown parameter', () => get('limt=10'), 400],
  ])('%s', async (_name, call, status) => {
    const res = await call();
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error).toEqual(expect.any(String));
    expect(body.message).toEqual(expect.any(String));
  });

  test('since is compared in UTC whatever zone it is written in; answers are never cached', async () => {
    const res = await get('since=2000-01-01T08:00:00%2B08:00&limit=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await res.json()).statements).toHaveLength(1);
  });
});

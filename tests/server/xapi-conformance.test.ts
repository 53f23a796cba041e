import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { buildMultipart } from '../../src/domain';
import { serveApp } from './serve-app';

// The LRS requirements the ADL conformance suite checks, each named by its id; the full suite is
// run against `npm start` outside the repository (see the README).
const served = serveApp({ xapiUser: 'lrs-tool', xapiPassword: 's3cret' });
const auth = `Basic ${Buffer.from('lrs-tool:s3cret').toString('base64')}`;
const headers = { Authorization: auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
const actor = { objectType: 'Agent', mbox: 'mailto:ann@example.com' };
const verb = { id: 'http://adlnet.gov/expapi/verbs/attended', display: { 'en-US': 'attended', 'en-GB': 'attended (GB)' } };
const activity = { objectType: 'Activity', id: 'http://example.com/meetings/1', definition: { name: { 'en-US': 'Meeting', 'zh-CN': '会议' } } };
let n = 0;
const uuid = () => `6690e6c9-3ef0-4ed3-8b37-${String(++n).padStart(12, '0')}`;
const post = (body: unknown, h: Record<string, string> = headers) => fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: h, body: typeof body === 'string' ? body : JSON.stringify(body) });
const get = (query: string, h: Record<string, string> = headers) => fetch(`${served.base}/xapi/statements?${query}`, { headers: h });

test('XAPI-00153 / 00154: every GET of statements says up to when it is consistent, even a refused one', async () => {
  const ok = await get('limit=1');
  expect(Date.parse(ok.headers.get('X-Experience-API-Consistent-Through') ?? '')).not.toBeNaN();
  const bad = await get('limit=abc');
  expect(bad.status).toBe(400);
  expect(bad.headers.get('X-Experience-API-Consistent-Through')).toBeTruthy();
});

test('XAPI-00331: a request without a version header is 400 and still names the version', async () => {
  const res = await post({ actor, verb, object: activity }, { Authorization: auth, 'Content-Type': 'application/json' });
  expect(res.status).toBe(400);
  expect(res.headers.get('X-Experience-API-Version')).toBe('1.0.3');
});

test('XAPI-00150: statementId with other parameters, or unknown and wrong-case parameters, are refused', async () => {
  expect((await get(`statementId=${uuid()}&verb=${encodeURIComponent(verb.id)}`)).status).toBe(400);
  expect((await get('Limit=1')).status).toBe(400);
  expect((await get('colour=red')).status).toBe(400);
});

test('XAPI-00017 / 00020: a voiding statement whose object is not a StatementRef is refused', async () => {
  expect((await post({ actor, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: activity })).status).toBe(400);
});

test('XAPI-00045 / 00034: SubStatements, Agents and anonymous Groups as objects are accepted', async () => {
  const res = await post([
    { actor, verb, object: { objectType: 'SubStatement', actor, verb, object: activity } },
    { actor, verb, object: { objectType: 'Agent', mbox: 'mailto:bob@example.com' } },
    { actor: { objectType: 'Group', member: [actor] }, verb, object: activity },
  ]);
  expect(res.status).toBe(200);
});

test('XAPI-00096: a single context activity comes back as an array; a missing timestamp is set to stored', async () => {
  const id = uuid();
  await post({ id, actor, verb, object: activity, context: { contextActivities: { parent: { id: 'http://example.com/courses/1' } } } });
  const s = await (await get(`statementId=${id}`)).json();
  expect(s.context.contextActivities.parent).toEqual([{ id: 'http://example.com/courses/1' }]);
  expect(s.timestamp).toBe(s.stored);
});

test('XAPI-00162: statements that refer to a voided statement are still found by its filters', async () => {
  const target = uuid();
  const who = { objectType: 'Agent', mbox: `mailto:void-${target}@example.com` };
  await post({ id: target, actor: who, verb, object: activity });
  const voiding = uuid();
  await post({ id: voiding, actor, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: target } });
  const body = await (await get(`agent=${encodeURIComponent(JSON.stringify(who))}`)).json();
  expect(body.statements.map((s: { id: string }) => s.id)).toEqual([voiding]);
});

test('an agent whose name holds U+0000 is stored, indexed and found by the agent filter, directly and as an instructor', async () => {
  const id = uuid();
  const who = { objectType: 'Agent', account: { homePage: 'http://example.com', name: `nul\u0000${id}` } };
  const other = { objectType: 'Agent', mbox: `mailto:taught-${id}@example.com` };
  const taught = uuid();
  expect((await post([{ id, actor: who, verb, object: activity }, { id: taught, actor: other, verb, object: activity, context: { instructor: who } }])).status).toBe(200);
  const direct = await (await get(`agent=${encodeURIComponent(JSON.stringify(who))}`)).json();
  expect(direct.statements.map((s: { id: string }) => s.id)).toEqual([id]);
  const related = await (await get(`agent=${encodeURIComponent(JSON.stringify(who))}&related_agents=true&ascending=true`)).json();
  expect(related.statements.map((s: { id: string }) => s.id)).toEqual([id, taught]);
});

test('since is compared as an instant: the same moment written with +01:00 finds the same statements', async () => {
  const id = uuid();
  await post({ id, actor, verb, object: activity });
  const stored: string = (await (await get(`statementId=${id}`)).json()).stored;
  const before = new Date(Date.parse(stored) - 1);
  const plusOne = new Date(before.getTime() + 3_600_000).toISOString().replace('Z', '+01:00');
  const a = await (await get(`since=${encodeURIComponent(before.toISOString())}&ascending=true`)).json();
  const b = await (await get(`since=${encodeURIComponent(plusOne)}&ascending=true`)).json();
  expect(a.statements.map((s: { id: string }) => s.id)).toEqual(b.statements.map((s: { id: string }) => s.id));
  expect(a.statements.map((s: { id: string }) => s.id)).toContain(id);
});

test('XAPI-00169 / 00172: format=canonical keeps the language asked for; ids keeps identifiers only', async () => {
  const id = uuid();
  await post({ id, actor, verb, object: activity });
  const canonical = await (await get(`statementId=${id}&format=canonical`, { ...headers, 'Accept-Language': 'en-GB' })).json();
  expect(canonical.verb.display).toEqual({ 'en-GB': 'attended (GB)' });
  const ids = await (await get(`statementId=${id}&format=ids`)).json();
  expect(ids.verb).toEqual({ id: verb.id });
  expect(ids.object).toEqual({ id: activity.id });
});

test('XAPI-00134: attachments sent as multipart/mixed are stored and returned with attachments=true', async () => {
  const bytes = Buffer.from('a signed-off action plan');
  const sha2 = createHash('sha256').update(bytes).digest('hex');
  const id = uuid();
  const statement = { id, actor, verb, object: activity, attachments: [{ usageType: 'http://example.com/usage/plan', display: { 'en-US': 'plan' }, contentType: 'text/plain', length: bytes.length, sha2 }] };
  const body = buildMultipart('sta-test', [
    { headers: { 'Content-Type': 'application/json' }, body: Buffer.from(JSON.stringify(statement)) },
    { headers: { 'Content-Type': 'text/plain', 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': sha2 }, body: bytes },
  ]);
  const res = await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { ...headers, 'Content-Type': 'multipart/mixed; boundary=sta-test' }, body: body as Uint8Array<ArrayBuffer> });
  expect(res.status).toBe(200);
  const back = await get(`statementId=${id}&attachments=true`);
  expect(back.headers.get('Content-Type')).toMatch(/^multipart\/mixed; boundary=/);
  expect(Buffer.from(await back.arrayBuffer()).toString('utf8')).toContain('a signed-off action plan');
  const missing = { ...statement, id: uuid() };
  expect((await post(missing)).status).toBe(400);
});

test('XAPI-00254: the Activities resource returns the canonical definition with every language received', async () => {
  const id = 'http://example.com/activities/merged';
  await post({ actor, verb, object: { id, definition: { name: { 'en-US': 'Plan' } } } });
  await post({ actor, verb, object: { id, definition: { name: { 'zh-CN': '计划' } } } });
  const a = await (await fetch(`${served.base}/xapi/activities?activityId=${encodeURIComponent(id)}`, { headers })).json();
  expect(a.definition.name).toEqual({ 'en-US': 'Plan', 'zh-CN': '计划' });
  const person = await (await fetch(`${served.base}/xapi/agents?agent=${encodeURIComponent(JSON.stringify(actor))}`, { headers })).json();
  expect(person).toEqual({ objectType: 'Person', mbox: [actor.mbox] });
});

test('XAPI-00254: definitions of one activity sent at once, each in its own language, all end up in the canonical definition', async () => {
  const languages = ['en-US', 'zh-CN', 'fr-FR', 'de-DE', 'ja-JP', 'es-ES', 'it-IT', 'ko-KR'];
  for (let round = 0; round < 4; round++) {
    const id = `http://example.com/activities/at-once-${round}`;
    const sent = await Promise.all(languages.map((lang) => post({ actor, verb, object: { id, definition: { name: { [lang]: `Plan ${lang}` } } } })));
    expect(sent.map((res) => res.status)).toEqual(languages.map(() => 200));
    const a = await (await fetch(`${served.base}/xapi/activities?activityId=${encodeURIComponent(id)}`, { headers })).json();
    expect(a.definition.name).toEqual(Object.fromEntries(languages.map((lang) => [lang, `Plan ${lang}`])));
  }
});

test('XAPI-00322: profiles take ETags: a blind PUT is refused, a stale If-Match is 412, the right one writes', async () => {
  const url = `${served.base}/xapi/activities/profile?activityId=${encodeURIComponent(activity.id)}&profileId=p1`;
  expect((await fetch(url, { method: 'PUT', headers, body: '{"a":1}' })).status).toBe(400);
  expect((await fetch(url, { method: 'PUT', headers: { ...headers, 'If-None-Match': '*' }, body: '{"a":1}' })).status).toBe(204);
  const first = await fetch(url, { headers });
  const tag = first.headers.get('ETag')!;
  expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
  expect((await fetch(url, { method: 'PUT', headers, body: '{"a":2}' })).status).toBe(409);
  expect((await fetch(url, { method: 'PUT', headers: { ...headers, 'If-Match': '"stale"' }, body: '{"a":2}' })).status).toBe(412);
  expect((await fetch(url, { method: 'PUT', headers: { ...headers, 'If-Match': tag }, body: '{"a":2}' })).status).toBe(204);
  expect(await (await fetch(url, { headers })).json()).toEqual({ a: 2 });
  const agentUrl = `${served.base}/xapi/agents/profile?agent=${encodeURIComponent(JSON.stringify(actor))}&profileId=cmi5LearnerPreferences`;
  expect((await fetch(agentUrl, { method: 'POST', headers, body: '{"languagePreference":"zh-CN"}' })).status).toBe(204);
  expect(await (await fetch(agentUrl, { headers })).json()).toEqual({ languagePreference: 'zh-CN' });
});

test('XAPI-00336: the alternate request syntax replays a PUT sent as a form POST', async () => {
  const id = uuid();
  const form = new URLSearchParams({ statementId: id, content: JSON.stringify({ actor, verb, object: activity }), Authorization: auth, 'X-Experience-API-Version': '1.0.3' });
  const res = await fetch(`${served.base}/xapi/statements?method=PUT`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
  expect(res.status).toBe(204);
  expect((await get(`statementId=${id}`)).status).toBe(200);
  expect((await fetch(`${served.base}/xapi/statements?method=PUT&statementId=${id}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form })).status).toBe(400);
});

test('HEAD answers like GET, without a body', async () => {
  const res = await fetch(`${served.base}/xapi/activities?activityId=${encodeURIComponent(activity.id)}`, { method: 'HEAD', headers });
  expect(res.status).toBe(200);
  expect(await res.text()).toBe('');
});

import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { activityIds, buildStatement, drawQuiz, LOCAL_ATTEMPTS_PER_DAY, VERBS } from '../../src/domain';
import { serveApp, TEST_BANKS, TEST_MODULES } from './serve-app';
import { answersFor, bearer, HOME, postStatements, readModule, readModules, register, submit, takeQuiz, xapiHeaders } from './quiz-attempts';

let clock = Date.parse('2026-12-01T09:00:00.000Z');
const served = serveApp({ now: () => clock });
const a = activityIds();
const iso = () => new Date(clock).toISOString();
const issue = (token: string, quizId: string) => fetch(`${served.base}/api/attempts`, { method: 'POST', headers: bearer(token), body: JSON.stringify({ quizId }) });
let people = 0;
async function trainee() {
  const who = { name: '孙丽', employeeId: `Q${++people}`, department: '华东销售部' };
  return { who, token: await register(served.base, who) };
}
const mine = async (token: string, verb: string) =>
  ((await (await fetch(`${served.base}/xapi/statements?${new URLSearchParams({ verb })}`, { headers: xapiHeaders(token) })).json()) as { statements: { object: { id: string }; result?: { score?: { scaled: number } }; context?: { extensions?: Record<string, unknown> } }[] }).statements;

test('the page asks for a seed, and the server scores the answers to that draw and writes the verdict', async () => {
  const { token } = await trainee();
  const res = await issue(token, '01-foundations');
  expect(res.status).toBe(201);
  const issued = await res.json();
  expect(issued).toMatchObject({ attemptId: expect.any(String), seed: expect.any(String), count: 8, passScore: 0.8, expiresAt: new Date(clock + 7 * 24 * 3_600_000).toISOString() });
  const scored = await submit(served.base, token, issued.attemptId, { quizId: '01-foundations', seed: issued.seed, answers: answersFor('01-foundations', TEST_BANKS, issued.seed), startedAt: iso(), endedAt: iso() });
  expect(scored.status).toBe(201);
  expect(await scored.json()).toMatchObject({ attemptId: issued.attemptId, quizId: '01-foundations', score: 1, passed: true, points: 8, max: 8, seedSource: 'server' });
  const passed = await mine(token, VERBS.passed);
  expect(passed.map((s) => s.object.id)).toEqual([a.quiz('01-foundations')]);
  expect(passed[0]!.context?.extensions).toMatchObject({ 'https://sales-target-academy.example.com/xapi/extensions/seed-source': 'server' });
  expect(await mine(token, VERBS.answered)).toHaveLength(8);
});

test('an attempt is scored once: the same answers again tell the same result, other answers are refused', async () => {
  const { token } = await trainee();
  const issued = await (await issue(token, '02-setting')).json();
  const body = { quizId: '02-setting', seed: issued.seed, answers: answersFor('02-setting', TEST_BANKS, issued.seed, (i) => i < 2), startedAt: iso(), endedAt: iso() };
  const first = await (await submit(served.base, token, issued.attemptId, body)).json();
  expect(first.passed).toBe(false);
  const again = await submit(served.base, token, issued.attemptId, body);
  expect(again.status).toBe(200);
  expect(await again.json()).toEqual(first);
  const better = await submit(served.base, token, issued.attemptId, { ...body, answers: answersFor('02-setting', TEST_BANKS, issued.seed) });
  expect(better.status).toBe(409);
  // The conflict tells what was recorded, so a second tab shows the result that counts.
  expect(await better.json()).toMatchObject({ error: 'already_scored', result: first, answers: body.answers });
  expect(await mine(token, VERBS.failed)).toHaveLength(1);
  expect(await mine(token, VERBS.passed)).toHaveLength(0);
});

test('an issued seed expires after a week; another trainee\'s attempt is not found; a wrong seed is a mismatch', async () => {
  const { token } = await trainee();
  const other = await trainee();
  const issued = await (await issue(token, '01-foundations')).json();
  const body = { quizId: '01-foundations', seed: issued.seed, answers: {}, startedAt: iso(), endedAt: iso() };
  expect((await submit(served.base, other.token, issued.attemptId, body)).status).toBe(404);
  expect((await submit(served.base, token, issued.attemptId, { ...body, seed: 'chosen' })).status).toBe(409);
  expect((await submit(served.base, token, issued.attemptId, { ...body, quizId: '02-setting' })).status).toBe(409);
  clock += 8 * 24 * 3_600_000;
  const late = await submit(served.base, token, issued.attemptId, { ...body, startedAt: iso(), endedAt: iso() });
  expect(late.status).toBe(410);
  expect((await late.json()).error).toBe('expired');
});

test('bad requests get clear reasons: an unknown quiz, a malformed body, no token', async () => {
  const { token } = await trainee();
  const unknown = await issue(token, '99-nothing');
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).message).toMatch(/no quiz "99-nothing"/);
  const malformed = await fetch(`${served.base}/api/attempts/${randomUUID()}`, { method: 'POST', headers: bearer(token), body: JSON.stringify({ quizId: '01-foundations', answers: [] }) });
  expect(malformed.status).toBe(400);
  expect((await malformed.json()).error).toBe('bad_attempt');
  expect((await fetch(`${served.base}/api/attempts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"quizId":"final"}' })).status).toBe(401);
});

test('offline, the page draws from the attempt\'s own id: scored when it arrives, a few a day per quiz, the rest told to wait', async () => {
  const { token } = await trainee();
  const endedAt = new Date(clock - 3 * 24 * 3_600_000).toISOString();
  const local = () => {
    const id = randomUUID();
    return { id, body: { quizId: 'final', seed: id, answers: answersFor('final', TEST_BANKS, id), startedAt: endedAt, endedAt } };
  };
  for (let i = 0; i < LOCAL_ATTEMPTS_PER_DAY; i++) {
    const { id, body } = local();
    const res = await submit(served.base, token, id, body);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ attemptId: id, score: 1, passed: true, seedSource: 'page' });
  }
  const { id, body } = local();
  const waiting = await submit(served.base, token, id, body);
  expect(waiting.status).toBe(429);
  expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThan(0);
  // The seed of an offline attempt is its id: a seed picked for a lucky draw is refused.
  const picked = await submit(served.base, token, randomUUID(), { ...body, seed: 'lucky' });
  expect(picked.status).toBe(400);
  // A day later the one that waited is scored; a final's verdict is dated when the attempt ended.
  clock += 24 * 3_600_000 + 1000;
  expect((await submit(served.base, token, id, body)).status).toBe(201);
  const finals = await mine(token, VERBS.passed);
  expect(finals).toHaveLength(LOCAL_ATTEMPTS_PER_DAY + 1);
  expect(finals.every((s) => s.object.id === a.final())).toBe(true);
});

test('a retake keeps clear of the last attempt\'s questions as far as the bank allows, on the server\'s seed and offline alike', async () => {
  const { token } = await trainee();
  const quizId = '01-foundations';
  const bankSize = TEST_BANKS[quizId]!.items.length;
  const first = await (await issue(token, quizId)).json();
  expect(first.avoid).toEqual([]);
  const firstItems = drawQuiz(quizId, TEST_BANKS, first.seed, first.avoid).map((d) => d.itemId);
  await submit(served.base, token, first.attemptId, { quizId, seed: first.seed, avoid: first.avoid, answers: answersFor(quizId, TEST_BANKS, first.seed, (i) => i < 3), startedAt: iso(), endedAt: iso() });
  clock += 60_000;
  const retake = await (await issue(token, quizId)).json();
  expect([...retake.avoid].sort()).toEqual([...firstItems].sort());
  const retakeItems = drawQuiz(quizId, TEST_BANKS, retake.seed, retake.avoid).map((d) => d.itemId);
  const repeated = retakeItems.filter((id) => firstItems.includes(id));
  expect(repeated).toHaveLength(Math.max(0, firstItems.length - (bankSize - firstItems.length)));
  // The server scores the draw the page made: every answer right is a full score.
  const changed = await submit(served.base, token, retake.attemptId, { quizId, seed: retake.seed, avoid: [], answers: {}, startedAt: iso(), endedAt: iso() });
  expect(changed.status).toBe(409);
  const scored = await submit(served.base, token, retake.attemptId, { quizId, seed: retake.seed, avoid: retake.avoid, answers: answersFor(quizId, TEST_BANKS, retake.seed, () => true, retake.avoid), startedAt: iso(), endedAt: iso() });
  expect(await scored.json()).toMatchObject({ score: 1, passed: true });
  // Offline, the page keeps clear of its own last attempt and says so; the server draws the same.
  clock += 60_000;
  const id = randomUUID();
  const offline = await submit(served.base, token, id, { quizId, seed: id, avoid: retakeItems, answers: answersFor(quizId, TEST_BANKS, id, () => true, retakeItems), startedAt: iso(), endedAt: iso() });
  expect(await offline.json()).toMatchObject({ score: 1, seedSource: 'page' });
  // The next seed keeps clear of what that offline attempt showed.
  clock += 60_000;
  const next = await (await issue(token, quizId)).json();
  expect([...next.avoid].sort()).toEqual(drawQuiz(quizId, TEST_BANKS, id, retakeItems).map((d) => d.itemId).sort());
});

test('a page from before retakes kept clear of anything sends no list: its draw, made without one, is the one scored', async () => {
  const { token } = await trainee();
  const quizId = '02-setting';
  const first = await (await issue(token, quizId)).json();
  await submit(served.base, token, first.attemptId, { quizId, seed: first.seed, answers: answersFor(quizId, TEST_BANKS, first.seed), startedAt: iso(), endedAt: iso() });
  clock += 60_000;
  const retake = await (await issue(token, quizId)).json();
  expect(retake.avoid.length).toBeGreaterThan(0);
  const scored = await submit(served.base, token, retake.attemptId, { quizId, seed: retake.seed, answers: answersFor(quizId, TEST_BANKS, retake.seed), startedAt: iso(), endedAt: iso() });
  expect(await scored.json()).toMatchObject({ score: 1 });
});

test('a module read is reported with progressed; the server writes its completed, and the course\'s once every module is passed', async () => {
  const { who, token } = await trainee();
  for (const m of TEST_MODULES) await readModule(served.base, token, who, m.id, iso());
  await readModule(served.base, token, who, '00-intro', iso());
  const completed = async () => (await mine(token, VERBS.completed)).map((s) => s.object.id).sort();
  expect(await completed()).toEqual(TEST_MODULES.map((m) => a.module(m.id)).sort());
  await takeQuiz(served.base, token, TEST_BANKS, '01-foundations', iso());
  expect(await completed()).not.toContain(a.course);
  await takeQuiz(served.base, token, TEST_BANKS, '02-setting', iso());
  await takeQuiz(served.base, token, TEST_BANKS, '02-setting', iso());
  expect((await completed()).filter((id) => id === a.course)).toHaveLength(1);
});

test('one POST that says a module was read twice, beside another module, gets one completed for each', async () => {
  const { who, token } = await trainee();
  await readModules(served.base, token, who, ['01-foundations', '02-setting', '01-foundations'], iso());
  await readModules(served.base, token, who, ['02-setting', '00-intro'], iso());
  const completed = (await mine(token, VERBS.completed)).map((s) => s.object.id).sort();
  expect(completed).toEqual([a.module('00-intro'), a.module('01-foundations'), a.module('02-setting')].sort());
});

test('a read sent again (its answer was lost) is stored once and gets no second completed', async () => {
  const { who, token } = await trainee();
  const read = buildStatement({ id: randomUUID(), trainee: { ...who, homePage: HOME }, verb: 'progressed', object: { id: a.module('01-foundations'), type: 'module' }, result: { progress: 100 }, timestamp: iso() });
  for (let i = 0; i < 2; i++) expect((await postStatements(served.base, token, [read])).status).toBe(200);
  expect((await mine(token, VERBS.completed)).map((s) => s.object.id)).toEqual([a.module('01-foundations')]);
});

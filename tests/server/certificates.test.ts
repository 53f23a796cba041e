import { describe, expect, test } from 'vitest';
import { activityIds, buildStatement, verificationCode, type StatementInput } from '../../src/domain';
import { serveApp, TEST_BANKS, TEST_MODULES } from './serve-app';
import { HOME, postStatements, readModule, register as registerAt, takeQuiz } from './quiz-attempts';

// The server's clock, moved by the tests: quiz attempts and completions are dated by it.
let clock = Date.parse('2026-11-01T09:00:00.000Z');
const served = serveApp({ now: () => clock });
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const register = (who: { name: string; employeeId: string; department: string }) => registerAt(served.base, who);
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const onDay = (day: number) => {
  clock = Date.parse(at(day));
  return at(day);
};
const statementsOf = (who: { name: string; employeeId: string }, list: Omit<StatementInput, 'id' | 'trainee'>[]) =>
  list.map((s) => buildStatement({ ...s, id: uuid(), trainee: { ...who, homePage: HOME } }));
const forgedRead = (moduleId: string, day: number) => ({ verb: 'completed' as const, object: { id: a.module(moduleId), type: 'module' as const }, result: { completion: true }, timestamp: at(day) });
const forgedQuiz = (moduleId: string, day: number) => ({ verb: 'passed' as const, object: { id: a.quiz(moduleId), type: 'assessment' as const }, result: { scaled: 1, success: true }, timestamp: at(day) });
const forgedFinal = (day: number) => ({ verb: 'passed' as const, object: { id: a.final(), type: 'assessment' as const }, result: { scaled: 1, success: true, completion: true }, timestamp: at(day) });

const read = (token: string, who: { name: string; employeeId: string }, moduleId: string, day: number) => readModule(served.base, token, who, moduleId, onDay(day));
/** An attempt through the server on `day`: every answer right, or right where `right(n)` says. */
const quiz = (token: string, quizId: string, day: number, right?: (n: number) => boolean) => takeQuiz(served.base, token, TEST_BANKS, quizId, onDay(day), right);

const issue = (token: string | undefined, base = served.base) => fetch(`${base}/api/certificates`, { method: 'POST', headers: token ? { Authorization: `Bearer ${token}` } : {} });
const lookup = (code: string, base = served.base) => fetch(`${base}/api/certificates/${encodeURIComponent(code)}`);

const li = { name: '李娜', employeeId: 'C1001', department: '华东销售部' };
const wang = { name: '王伟', employeeId: 'C1002', department: '华南销售部' };
const zhao = { name: '赵敏', employeeId: 'C1003', department: '华北销售部' };

describe('results a trainee cannot forge', () => {
  test('a trainee token may not say it passed the final assessment: 403 with the reason, and no certificate', async () => {
    const token = await register(zhao);
    const res = await postStatements(served.base, token, statementsOf(zhao, [forgedFinal(1)]));
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/written by the records server.*\/api\/attempts/);
    const cert = await issue(token);
    expect(cert.status).toBe(409);
    expect((await cert.json()).missing).toContain('final');
  });

  test('a whole course\'s worth of statements in one request (20 of them) is refused, and POST /api/certificates with it', async () => {
    const token = await register({ ...zhao, employeeId: 'C1004' });
    const who = { ...zhao, employeeId: 'C1004' };
    const forged = statementsOf(who, [
      ...TEST_MODULES.flatMap((m, i) => [
        { verb: 'experienced' as const, object: { id: a.slide(m.id, 'one'), type: 'lesson' as const }, result: { durationMs: 60_000 }, timestamp: at(1 + i) },
        { verb: 'experienced' as const, object: { id: a.slide(m.id, 'two'), type: 'lesson' as const }, result: { durationMs: 60_000 }, timestamp: at(1 + i) },
        forgedRead(m.id, 1 + i),
        ...(m.hasQuiz ? [forgedQuiz(m.id, 2 + i)] : []),
      ]),
      ...Array.from({ length: 7 }, (_, i) => ({ verb: 'answered' as const, object: { id: a.quizItem('01-foundations', `item-${i}`), type: 'interaction' as const }, result: { scaled: 1, success: true, response: 'a' }, timestamp: at(5) })),
      forgedFinal(6),
      { verb: 'completed' as const, object: { id: a.course, type: 'course' as const }, result: { completion: true }, timestamp: at(6) },
    ]);
    expect(forged).toHaveLength(20);
    expect((await postStatements(served.base, token, forged)).status).toBe(403);
    // One by one, every verdict is refused too, and the rest are the trainee's own record.
    let refused = 0;
    for (const s of forged) if ((await postStatements(served.base, token, [s])).status === 403) refused++;
    expect(refused).toBe(7);
    const cert = await issue(token);
    expect(cert.status).toBe(409);
    expect((await cert.json()).missing).toEqual(['00-intro', '01-foundations', '02-setting', 'final']);
  });

  test('a trainee cannot void the verdict the server wrote', async () => {
    const token = await register({ ...zhao, employeeId: 'C1005' });
    const who = { ...zhao, employeeId: 'C1005' };
    await quiz(token, '01-foundations', 2, () => false);
    const mine = await fetch(`${served.base}/xapi/statements?${new URLSearchParams({ verb: 'http://adlnet.gov/expapi/verbs/failed' })}`, { headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3' } });
    const failed = ((await mine.json()) as { statements: { id: string }[] }).statements;
    expect(failed).toHaveLength(1);
    const voiding = { ...statementsOf(who, [forgedRead('00-intro', 2)])[0]!, verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: failed[0]!.id } };
    const res = await postStatements(served.base, token, [voiding]);
    expect(res.status).toBe(403);
    expect((await res.json()).message).toMatch(/cannot be voided/);
  });

  test('even the LRS credential\'s passed statements make no certificate: only attempts the server scored count', async () => {
    const who = { ...zhao, employeeId: 'C1006' };
    const token = await register(who);
    for (const m of TEST_MODULES) await read(token, who, m.id, 3);
    const lrs = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}` };
    const imported = statementsOf(who, [forgedQuiz('01-foundations', 3), forgedQuiz('02-setting', 3), forgedFinal(3)]);
    expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: lrs, body: JSON.stringify(imported) })).status).toBe(200);
    const cert = await issue(token);
    expect(cert.status).toBe(409);
    expect((await cert.json()).missing).toEqual(['01-foundations', '02-setting', 'final']);
  });
});

describe('issuing a certificate', () => {
  let liToken = '';
  let wangToken = '';
  let code = '';

  test('without a trainee token there is none', async () => {
    expect((await issue(undefined)).status).toBe(401);
    expect((await issue('made-up-token')).status).toBe(401);
    const basic = await fetch(`${served.base}/api/certificates`, { method: 'POST', headers: { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}` } });
    expect(basic.status).toBe(401);
  });

  test('an incomplete course is a 409 that says what is missing', async () => {
    liToken = await register(li);
    wangToken = await register(wang);
    let res = await issue(liToken);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: 'not_complete', missing: ['00-intro', '01-foundations', '02-setting', 'final'] });

    await read(liToken, li, '00-intro', 1);
    await read(liToken, li, '01-foundations', 2);
    expect(await quiz(liToken, '01-foundations', 3)).toMatchObject({ score: 1, passed: true, seedSource: 'server' });
    await read(liToken, li, '02-setting', 4);
    expect(await quiz(liToken, '02-setting', 5, () => false)).toMatchObject({ passed: false });
    expect(await quiz(liToken, 'final', 6, () => false)).toMatchObject({ score: 0, passed: false });
    res = await issue(liToken);
    expect(res.status).toBe(409);
    expect((await res.json()).missing).toEqual(['02-setting', 'final']);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  test('a final passed through the server with a module missing is still a 409', async () => {
    expect(await quiz(liToken, 'final', 7, (i) => i < 26)).toMatchObject({ passed: true });
    const res = await issue(liToken);
    expect(res.status).toBe(409);
    expect((await res.json()).missing).toEqual(['02-setting']);
  });

  test('passing honestly through the server: a code and the record (best final score, completed when the last part was done)', async () => {
    await quiz(liToken, '02-setting', 8);
    expect(await quiz(liToken, 'final', 9)).toMatchObject({ score: 1, passed: true });
    const res = await issue(liToken);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toEqual({ code: expect.stringMatching(/^STA(-[2-9A-HJKMNP-Z]{4}){4}$/), name: '李娜', department: '华东销售部', finalScore: 1, completedAt: at(8), issuedAt: expect.any(String), identity: 'self-declared' });
    code = body.code;
  });

  test('the same trainee again gets the same code', async () => {
    const res = await issue(liToken);
    expect(res.status).toBe(200);
    expect((await res.json()).code).toBe(code);
    const otherBrowser = await register(li);
    expect((await (await issue(otherBrowser)).json()).code).toBe(code);
  });

  test('another trainee\'s token only ever asks for its own certificate', async () => {
    const res = await issue(wangToken);
    expect(res.status).toBe(409);
    expect((await res.json()).missing).toEqual(['00-intro', '01-foundations', '02-setting', 'final']);
  });

  test('the code is verified in any case, with or without dashes', async () => {
    for (const typed of [code, code.toLowerCase(), code.replace(/-/g, ''), code.slice(4).replace(/-/g, ' ')]) {
      const res = await lookup(typed);
      expect(res.status, typed).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ code, name: '李娜', department: '华东销售部', finalScore: 1, completedAt: at(8), issuedAt: expect.any(String), identity: 'self-declared' });
    }
  });

  test('a made-up code is not found, well-formed or not', async () => {
    for (const madeUp of ['STA-AAAA-AAAA-AAAA', verificationCode(new Uint8Array(16).fill(7)), 'nonsense']) {
      const res = await lookup(madeUp);
      expect(res.status, madeUp).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'not_found', message: expect.any(String) });
    }
  });

  test('a new name gets a new code; the earlier certificate still verifies as issued', async () => {
    const renamed = await register({ ...li, name: '李娜娜' });
    const res = await issue(renamed);
    expect(res.status).toBe(201);
    const next = await res.json();
    expect(next.code).not.toBe(code);
    expect(next.name).toBe('李娜娜');
    expect((await (await lookup(code)).json()).name).toBe('李娜');
  });
});

describe('lookups are rate-limited per address', () => {
  const own = serveApp({ modules: TEST_MODULES });
  test('60 a minute, then 429 with Retry-After', async () => {
    const code = verificationCode(new Uint8Array(16).fill(1));
    for (let i = 0; i < 60; i++) expect((await lookup(code, own.base)).status).toBe(404);
    const res = await lookup(code, own.base);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).error).toBe('rate_limited');
  });
});

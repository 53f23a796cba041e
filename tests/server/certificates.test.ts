import { describe, expect, test } from 'vitest';
import { activityIds, buildStatement, verificationCode, type StatementInput } from '../../src/domain';
import { serveApp, TEST_MODULES } from './serve-app';

const served = serveApp();
const HOME = 'https://sales-target-academy.example.com/employees';
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const json = { 'Content-Type': 'application/json' };

async function register(who: { name: string; employeeId: string; department: string }, base = served.base) {
  const res = await fetch(`${base}/api/trainees`, { method: 'POST', headers: json, body: JSON.stringify(who) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

async function send(token: string, who: { name: string; employeeId: string }, list: Omit<StatementInput, 'id' | 'trainee'>[], base = served.base) {
  const statements = list.map((s) => buildStatement({ ...s, id: uuid(), trainee: { ...who, homePage: HOME } }));
  const res = await fetch(`${base}/xapi/statements`, { method: 'POST', headers: { ...json, Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3' }, body: JSON.stringify(statements) });
  expect(res.status).toBe(200);
}

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const read = (moduleId: string, day: number) => ({ verb: 'completed' as const, object: { id: a.module(moduleId), type: 'module' as const }, result: { completion: true }, timestamp: at(day) });
const quiz = (moduleId: string, passed: boolean, scaled: number, day: number) => ({ verb: passed ? ('passed' as const) : ('failed' as const), object: { id: a.quiz(moduleId), type: 'assessment' as const }, result: { scaled, success: passed }, timestamp: at(day) });
const final = (passed: boolean, scaled: number, day: number) => ({ verb: passed ? ('passed' as const) : ('failed' as const), object: { id: a.final(), type: 'assessment' as const }, result: { scaled, success: passed, completion: true }, timestamp: at(day) });

const issue = (token: string | undefined, base = served.base) => fetch(`${base}/api/certificates`, { method: 'POST', headers: token ? { Authorization: `Bearer ${token}` } : {} });
const lookup = (code: string, base = served.base) => fetch(`${base}/api/certificates/${encodeURIComponent(code)}`);

const li = { name: '李娜', employeeId: 'C1001', department: '华东销售部' };
const wang = { name: '王伟', employeeId: 'C1002', department: '华南销售部' };

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

    await send(liToken, li, [read('00-intro', 1), read('01-foundations', 2), quiz('01-foundations', true, 0.9, 3), read('02-setting', 4), quiz('02-setting', false, 0.5, 5), final(false, 0.6, 6)]);
    res = await issue(liToken);
    expect(res.status).toBe(409);
    expect((await res.json()).missing).toEqual(['02-setting', 'final']);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  test('the page\'s word counts for nothing: a final passed with a module missing is still a 409', async () => {
    await send(liToken, li, [final(true, 0.85, 7)]);
    const res = await issue(liToken);
    expect(res.status).toBe(409);
    expect((await res.json()).missing).toEqual(['02-setting']);
  });

  test('complete: a code and the record (best final score, completed when the last part was done)', async () => {
    await send(liToken, li, [quiz('02-setting', true, 0.95, 8), final(true, 0.93, 9)]);
    const res = await issue(liToken);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toEqual({ code: expect.stringMatching(/^STA(-[2-9A-HJKMNP-Z]{4}){4}$/), name: '李娜', department: '华东销售部', finalScore: 0.93, completedAt: at(8), issuedAt: expect.any(String) });
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
      expect(await res.json()).toEqual({ code, name: '李娜', department: '华东销售部', finalScore: 0.93, completedAt: at(8), issuedAt: expect.any(String) });
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

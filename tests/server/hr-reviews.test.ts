import { describe, expect, test } from 'vitest';
import { activityIds, buildStatement, isCourseVerdict, REVIEW_EXTENSION, reviewStatement, type Statement, type StatementInput } from '../../src/domain';
import { HR, serveApp } from './serve-app';

// HR's review figures through the real API, from statements sent by the trainees' own tokens.
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 9);
const day = (n: number) => new Date(T0 + n * DAY).toISOString();
const served = serveApp({ now: () => T0 + 92 * DAY });
const HOME = 'https://sales-target-academy.example.com/employees';
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

async function register(name: string, employeeId: string) {
  const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId, department: '华东销售部' }) });
  expect(res.status).toBe(201);
  return { name, employeeId, homePage: HOME, token: ((await res.json()) as { token: string }).token };
}
type Who = Awaited<ReturnType<typeof register>>;

async function send(who: Who, statements: Statement[]) {
  const own = statements.filter((s) => !isCourseVerdict(s, a.course));
  const res = !own.length ? { status: 200 } : await fetch(`${served.base}/xapi/statements`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${who.token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify(own),
  });
  expect(res.status).toBe(200);
  // Quiz verdicts and completions are the server's to write: imported here with the LRS credential.
  const verdicts = statements.filter((s) => isCourseVerdict(s, a.course));
  if (verdicts.length) expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(verdicts) })).status).toBe(200);
}
const plain = (who: Who, s: Omit<StatementInput, 'id' | 'trainee'>) => buildStatement({ ...s, id: uuid(), trainee: who });
const read = (who: Who, moduleId: string, at: string) => plain(who, { verb: 'completed', object: { id: a.module(moduleId), type: 'module' }, result: { completion: true }, timestamp: at });
const passed = (who: Who, moduleId: string, at: string) => plain(who, { verb: 'passed', object: { id: a.quiz(moduleId), type: 'assessment' }, result: { scaled: 0.8, success: true }, timestamp: at });
const item = (who: Who, moduleId: string, itemId: string, right: boolean, at: string) =>
  plain(who, { verb: 'answered', object: { id: a.quizItem(moduleId, itemId), type: 'interaction' }, parent: a.quiz(moduleId), result: { scaled: right ? 1 : 0, success: right }, timestamp: at });
const review = (who: Who, moduleId: string, itemId: string, right: boolean, at: string) =>
  reviewStatement({ id: uuid(), trainee: who, answer: { id: 'x', key: `${moduleId}/${itemId}`, at, score: right ? 1 : 0, correct: right, due: day(200) } });

async function hrGet(path: string) {
  const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: cookie } });
}

describe('HR sees spaced review: retention per module beside completion, and overdue reviews', () => {
  test('setup: three trainees pass, review, or let reviews slip', async () => {
    const li = await register('李娜', 'R1');
    const wang = await register('王伟', 'R2');
    const zhao = await register('赵敏', 'R3');
    await send(li, [read(li, '01-foundations', day(0)), item(li, '01-foundations', 'q1', true, day(0)), item(li, '01-foundations', 'q2', false, day(0)), passed(li, '01-foundations', day(0))]);
    // One review too early to count for retention, then three 30 or more days after the pass.
    await send(li, [review(li, '01-foundations', 'q1', true, day(10)), review(li, '01-foundations', 'q2', true, day(35)), review(li, '01-foundations', 'q1', false, day(40)), review(li, '01-foundations', 'q1', true, day(45))]);
    await send(wang, [item(wang, '02-setting', 'x1', false, day(80)), item(wang, '02-setting', 'x2', true, day(80)), passed(wang, '02-setting', day(80))]);
    // A review shaped like a quiz pass must not pass module 01 for him.
    const fake = { ...passed(wang, '01-foundations', day(81)), context: { extensions: { [REVIEW_EXTENSION]: {} } } };
    await send(wang, [fake]);
    await send(zhao, [item(zhao, '01-foundations', 'q1', true, day(91)), passed(zhao, '01-foundations', day(91))]);
  });

  test('retention counts the review answers 30 or more days after each pass; completion stands beside it', async () => {
    const res = await hrGet('/reviews');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { modules: { id: string; completed: number; retention: { answered: number; right: number; share: number | null } }[] };
    expect(body.modules).toEqual([
      { id: '01-foundations', completed: 1, retention: { answered: 3, right: 2, share: 2 / 3 } },
      { id: '02-setting', completed: 0, retention: { answered: 0, right: 0, share: null } },
    ]);
  });

  test('trainees with reviews left more than a day are listed, longest overdue first', async () => {
    const body = (await (await hrGet('/reviews')).json()) as { overdue: { employeeId: string; items: number; since: string }[] };
    const ids = body.overdue.map((o) => o.employeeId);
    expect(ids).toContain('R2'); // his two items were due on days 81 (wrong) and a few days later (right)
    expect(ids).not.toContain('R3'); // passed yesterday, all right: nothing due yet
    const wang = body.overdue.find((o) => o.employeeId === 'R2')!;
    expect(wang.items).toBe(2);
    expect(Date.parse(wang.since)).toBe(T0 + 81 * DAY);
  });

  test('reviews never count toward progress: the review-shaped pass left module 01 unpassed', async () => {
    const body = (await (await hrGet('/progress')).json()) as { rows: { employeeId: string; modules: Record<string, { passed: boolean }> }[] };
    const wang = body.rows.find((r) => r.employeeId === 'R2')!;
    expect(wang.modules['01-foundations']?.passed ?? false).toBe(false);
    expect(wang.modules['02-setting']!.passed).toBe(true);
  });

  test('without an HR session there is nothing to see', async () => {
    expect((await fetch(`${served.base}/hr/api/reviews`)).status).toBe(401);
  });
});

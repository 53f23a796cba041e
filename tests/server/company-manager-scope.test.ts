import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Route } from '../../src/server/route-table';
import { IDP_USERS } from '../setup/oidc-provider';
import { readXlsx } from '../setup/read-xlsx';
import { serveCompanyApp, type CompanyApp } from './company-app';
import { readModule, takeQuiz } from './quiz-attempts';
import { TEST_BANKS } from './serve-app';
import { signInFlow } from './sign-in-flow';

// A manager signed in through the company's provider sees their own department only, wherever HR's
// records can be read.
let course: CompanyApp;
let base = '';
let app: CompanyApp['app'] | undefined;

beforeAll(async () => {
  course = await serveCompanyApp();
  ({ base, app } = course);
}, 60_000);
afterAll(() => course?.close());

const { signIn, tokenOf } = signInFlow(() => base);

test('a manager sees their own department only', async () => {
  // Signing in puts a person on record: the trainee E2001 in the manager's department, HR's E9001 in 人力资源部.
  await signIn('trainee');
  await signIn('hr');
  const manager = await signIn('manager');
  const progress = (await (await fetch(`${base}/hr/api/progress`, { headers: { Cookie: manager.cookie } })).json()) as { rows: { employeeId: string; department: string }[] };
  expect(progress.rows.map((r) => r.employeeId)).toContain('E2001');
  expect(new Set(progress.rows.map((r) => r.department))).toEqual(new Set([IDP_USERS.manager.department]));
  expect((await fetch(`${base}/hr/api/progress?department=${encodeURIComponent('人力资源部')}`, { headers: { Cookie: manager.cookie } })).status).toBe(403);
  const csv = await (await fetch(`${base}/hr/api/export.csv`, { headers: { Cookie: manager.cookie } })).text();
  expect(csv).toContain('E2001');
  expect(csv).not.toContain('E9001');
});

test("a manager finds only their department in every HR view and export of the route table, as HR sees that department", async () => {
  // Two departments with records: the trainee (the manager's department) and HR's own E9001 each read a module and pass its quiz.
  for (const user of ['trainee', 'hr'] as const) {
    const who = await signIn(user);
    const token = await tokenOf(who);
    await readModule(base, token, { name: IDP_USERS[user].name, employeeId: IDP_USERS[user].employee_id }, '01-foundations', new Date().toISOString());
    expect(await takeQuiz(base, token, TEST_BANKS, '01-foundations', new Date().toISOString())).toMatchObject({ passed: true });
  }
  const hr = await signIn('hr');
  const manager = await signIn('manager');
  const department = IDP_USERS.manager.department;
  const other = [IDP_USERS.hr.employee_id, IDP_USERS.hr.name, IDP_USERS.hr.department];
  // The matrix's page also counts everyone in the session's reach (its total and departments): its rows are compared.
  const read = async (res: Response) => {
    if (res.headers.get('content-type')?.includes('spreadsheetml')) return JSON.stringify(readXlsx(new Uint8Array(await res.arrayBuffer())));
    const text = await res.text();
    return new URL(res.url).pathname === '/hr/api/progress' ? JSON.stringify((({ rows, matched }) => ({ rows, matched }))(JSON.parse(text) as { rows: unknown; matched: number })) : text;
  };
  const get = (path: string, who: { cookie: string }) => fetch(`${base}${path}`, { headers: { Cookie: who.cookie } });

  const views = (app!.routes as unknown as readonly Route[]).filter((r) => r.method === 'GET' && r.path.startsWith('/hr/api/'));
  const paths = views.map((r) => r.path);
  for (const path of ['progress', 'export.csv', 'export.xlsx', 'items', 'items.csv', 'items.xlsx', 'statements.ndjson', 'summary', 'reviews', 'trainees/:employeeId', 'due-dates', 'cohorts'])
    expect(paths).toContain(`/hr/api/${path}`);
  const compared: string[] = [];
  for (const route of views) {
    for (const query of route.path.includes('export') || route.path.includes('progress') ? ['', '?overdue=yes'] : ['']) {
      const path = route.path.replace(':employeeId', IDP_USERS.trainee.employee_id) + query;
      const mine = await get(path, manager);
      if (route.role === 'admin') {
        expect(mine.status, path).toBe(403);
        continue;
      }
      expect(mine.status, path).toBe(200);
      const body = await read(mine);
      for (const text of other) expect(body, `${path} names ${text}`).not.toContain(text);
      // Where HR can ask for the department, the manager gets exactly what HR gets for it: no other department's counts either.
      const joined = `${path}${query ? '&' : '?'}department=${encodeURIComponent(department)}`;
      // (A route that reads its query refuses a parameter it does not know; the others ignore the department too.)
      const strict = (await get(`${route.path}?unknown=1`, hr)).status === 400;
      const asked = await get(joined, hr);
      if (strict && asked.status === 200) {
        expect(body, path).toBe(await read(asked));
        compared.push(route.path);
      }
    }
  }
  expect(new Set(compared)).toEqual(new Set(['/hr/api/progress', '/hr/api/export.csv', '/hr/api/export.xlsx', '/hr/api/summary', '/hr/api/items', '/hr/api/items.csv', '/hr/api/items.xlsx', '/hr/api/statements.ndjson']));
  expect((await get(`/hr/api/trainees/${IDP_USERS.hr.employee_id}`, manager)).status).toBe(404);
  // The test could fail: for the whole company, the same views do name the other department.
  for (const path of ['/hr/api/progress', '/hr/api/export.csv', '/hr/api/export.xlsx', '/hr/api/statements.ndjson']) expect(await read(await get(path, hr)), path).toContain(IDP_USERS.hr.employee_id);
  const reviews = async (who: { cookie: string }) => ((await (await get('/hr/api/reviews', who)).json()) as { modules: { id: string; completed: number }[] }).modules.find((m) => m.id === '01-foundations')!.completed;
  expect([await reviews(hr), await reviews(manager)], 'completed in the review report').toEqual([2, 1]);
  const answers = async (who: { cookie: string }) => ((await (await get('/hr/api/items', who)).json()) as { items: { attempts: number }[] }).items.reduce((n, i) => n + i.attempts, 0);
  const [all, mine] = [await answers(hr), await answers(manager)];
  expect(mine).toBeGreaterThan(0);
  expect(all).toBeGreaterThan(mine);
});

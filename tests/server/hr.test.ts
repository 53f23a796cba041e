import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { activityIds, buildStatement, excelSerial, type StatementInput } from '../../src/domain';
import { reportTimeZone } from '../../src/server/hr/reports';
import { readXlsx } from '../setup/read-xlsx';
import { inSchemaOrder, parseXml } from '../setup/read-xml';
import { HR, serveApp } from './serve-app';

const served = serveApp();
const HOME = 'https://sales-target-academy.example.com/employees';
const a = activityIds();
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
// Records seeded with the LRS credential (an import): a trainee token may not send quiz verdicts or completions.
const xapi = (_token: string) => ({ Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' });

async function register(name: string, employeeId: string, department: string) {
  const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, employeeId, department }) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

async function send(token: string, who: { name: string; employeeId: string }, list: Omit<StatementInput, 'id' | 'trainee'>[]) {
  const statements = list.map((s) => buildStatement({ ...s, id: uuid(), trainee: { ...who, homePage: HOME } }));
  const res = await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: xapi(token), body: JSON.stringify(statements) });
  expect(res.status).toBe(200);
  return statements;
}

async function login(extra: Record<string, string> = {}) {
  const res = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...extra }, body: JSON.stringify({ user: HR.user, password: HR.password }) });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!;
  const { csrf } = (await res.json()) as { csrf: string };
  return { cookie: cookie.split(';')[0]!, setCookie: cookie, csrf };
}

const get = (path: string, cookie?: string) => fetch(`${served.base}/hr/api${path}`, { headers: cookie ? { Cookie: cookie } : {} });

const HR_ROUTES = ['/session', '/progress', '/trainees/E1', '/export.csv', '/export.xlsx', '/statements.ndjson', '/reviews'];

describe('nothing under /hr/api without an HR session', () => {
  test.each(HR_ROUTES)('GET %s → 401', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(401);
    expect((await res.json()).error).toBe('unauthorized');
  });
  test('a made-up session cookie → 401; logout without a session → 401', async () => {
    expect((await get('/progress', 'sta_hr=forged')).status).toBe(401);
    expect((await fetch(`${served.base}/hr/api/logout`, { method: 'POST' })).status).toBe(401);
  });
});

describe('login', () => {
  test('a wrong password or user is refused', async () => {
    for (const body of [{ user: HR.user, password: 'wrong' }, { user: 'someone', password: HR.password }]) {
      const res = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(401);
      expect((await res.json()).error).toBe('invalid_credentials');
    }
  });
  test('a malformed body is a 400 with the reason', async () => {
    const res = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"user":' });
    expect(res.status).toBe(400);
  });
  test('a login from another site is refused', async () => {
    const res = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example.com' }, body: JSON.stringify(HR) });
    expect(res.status).toBe(403);
  });
  test('the session cookie is HttpOnly, SameSite=Strict and scoped to /hr; logout needs the CSRF token', async () => {
    const { cookie, setCookie, csrf } = await login({ Origin: served.base });
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/hr/);
    expect(await (await get('/session', cookie)).json()).toEqual({ user: HR.user, csrf, roles: ['admin'], breakGlass: true });
    expect((await fetch(`${served.base}/hr/api/logout`, { method: 'POST', headers: { Cookie: cookie } })).status).toBe(403);
    expect((await fetch(`${served.base}/hr/api/logout`, { method: 'POST', headers: { Cookie: cookie, 'X-CSRF-Token': 'guess' } })).status).toBe(403);
    expect((await fetch(`${served.base}/hr/api/logout`, { method: 'POST', headers: { Cookie: cookie, 'X-CSRF-Token': csrf } })).status).toBe(204);
    expect((await get('/progress', cookie)).status).toBe(401);
  });
});

describe('the matrix, the drill-down and the exports', () => {
  let cookie = '';
  const li = { name: '李娜', employeeId: 'E1001' };
  const wang = { name: '王伟', employeeId: 'E1002' };
  const evil = { name: '=HYPERLINK("http://x","y")', employeeId: 'E1003' };
  let passedId = '';

  test('setup: three trainees learn', async () => {
    const tLi = await register(li.name, li.employeeId, '华东销售部');
    const tWang = await register(wang.name, wang.employeeId, '华南销售部');
    await register(evil.name, evil.employeeId, '+Key Accounts');
    await send(tLi, li, [
      { verb: 'experienced', object: { id: a.slide('01-foundations', 's1'), type: 'lesson' }, result: { durationMs: 120_000 }, timestamp: '2026-11-20T09:00:00.000Z' },
      { verb: 'completed', object: { id: a.module('01-foundations'), type: 'module' }, result: { completion: true }, timestamp: '2026-11-20T09:05:00.000Z' },
      { verb: 'failed', object: { id: a.quiz('01-foundations'), type: 'assessment' }, result: { scaled: 0.6, success: false, durationMs: 300_000 }, timestamp: '2026-11-20T09:10:00.000Z' },
    ]);
    const [passed] = await send(tLi, li, [
      { verb: 'passed', object: { id: a.quiz('01-foundations'), type: 'assessment' }, result: { scaled: 0.92, success: true, durationMs: 240_000 }, timestamp: '2026-11-20T09:20:00.000Z' },
    ]);
    passedId = passed!.id;
    await send(tWang, wang, [{ verb: 'failed', object: { id: a.quiz('02-setting'), type: 'assessment' }, result: { scaled: 0.4, success: false }, timestamp: '2026-11-21T09:00:00.000Z' }]);
    cookie = (await login()).cookie;
  });

  test('the progress table is current after each write: status, best score, attempts, time', async () => {
    const body = await (await get('/progress', cookie)).json();
    expect(body.total).toBe(3);
    expect(body.departments).toEqual(['+Key Accounts', '华东销售部', '华南销售部']);
    expect(body.modules.map((m: { id: string }) => m.id)).toEqual(['00-intro', '01-foundations', '02-setting']);
    const row = body.rows.find((r: { employeeId: string }) => r.employeeId === 'E1001');
    expect(row.modules['01-foundations']).toMatchObject({ status: 'completed', bestScore: 0.92, attempts: 2, timeSpentMs: 660_000, firstActivity: '2026-11-20T09:00:00.000Z', lastActivity: '2026-11-20T09:20:00.000Z' });
    expect(row.status).toBe('in_progress');
    const wangRow = body.rows.find((r: { employeeId: string }) => r.employeeId === 'E1002');
    expect(wangRow.modules['02-setting']).toMatchObject({ status: 'in_progress', bestScore: 0.4, attempts: 1 });
  });

  test.each([
    ['department=华南销售部', ['E1002']],
    ['status=completed&module=01-foundations', ['E1001']],
    ['status=not_started', ['E1003']],
    ['q=e1002', ['E1002']],
    ['from=2026-11-21T00:00:00.000Z', ['E1002']],
  ])('filter %s', async (query, ids) => {
    const body = await (await get(`/progress?${encodeURI(query)}`, cookie)).json();
    expect(body.rows.map((r: { employeeId: string }) => r.employeeId)).toEqual(ids);
  });

  test('a bad filter is a 400 with the reason', async () => {
    const res = await get('/progress?status=finished', cookie);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/status must be one of/);
    for (const [query, reason] of [['lang=xx', /lang must be/], ['from=garbage', /from must be a date/], ['page=2', /unknown parameter page/], ['sort=salary', /sort must be one of/]] as const) {
      const refused = await get(`/export.csv?${query}`, cookie);
      expect(refused.status, query).toBe(400);
      expect((await refused.json()).message).toMatch(reason);
    }
  });

  test('the drill-down: the trainee, their row and their timeline, newest first', async () => {
    const body = await (await get('/trainees/E1001', cookie)).json();
    expect(body.trainee).toMatchObject({ employeeId: 'E1001', name: '李娜', department: '华东销售部' });
    expect(body.row.modules['01-foundations'].status).toBe('completed');
    expect(body.timeline.map((e: { verb: string }) => e.verb)).toEqual(['passed', 'failed', 'completed', 'experienced']);
    expect(body.timeline[0]).toMatchObject({ moduleId: '01-foundations', part: 'quiz', scaled: 0.92, success: true, durationMs: 240_000 });
    expect((await get('/trainees/NOBODY', cookie)).status).toBe(404);
  });

  test('CSV: BOM, every field quoted, formulas defused, only what is filtered', async () => {
    const res = await get('/export.csv?lang=en', cookie);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="training-records-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 3 * 3);
    expect(lines[0]).toBe('"Employee ID","Name","Department","Cohort","Course status","Final assessment best score (%)","Final assessment attempts","Final assessment passed","Certificate code","Certificate issued","Identity","Module ID","Module","Status","Best score (%)","Quiz attempts","Time spent (minutes)","First activity","Last activity"');
    expect(lines).toContain('"E1001","李娜","华东销售部","","In progress","","0","No","","","Self-declared","01-foundations","Foundations","Completed","92","2","11","2026-11-20T09:00:00.000Z","2026-11-20T09:20:00.000Z"');
    const evilLine = lines.find((l) => l.startsWith('"E1003"'))!;
    expect(evilLine).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(evilLine).toContain(`"'+Key Accounts"`);
    const zh = new TextDecoder().decode(await (await get(`/export.csv?lang=zh-CN&department=${encodeURIComponent('华东销售部')}`, cookie)).arrayBuffer());
    expect(zh.split('\r\n')[0]).toContain('"工号","姓名","部门"');
    expect(zh.trim().split('\r\n')).toHaveLength(1 + 3);
  });

  test('XLSX: read back, the progress sheet and the overview, text never a formula', async () => {
    const res = await get('/export.xlsx?lang=zh-CN', cookie);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = readXlsx(new Uint8Array(await res.arrayBuffer()));
    expect(sheets.map((s) => s.name)).toEqual(['学习进度', '总览']);
    const progress = sheets[0]!.rows;
    expect(progress[0]!.slice(0, 3)).toEqual(['工号', '姓名', '部门']);
    const serial = (iso: string) => excelSerial(Date.parse(iso), reportTimeZone());
    expect(progress).toContainEqual(['E1001', '李娜', '华东销售部', null, '进行中', null, 0, '否', null, null, '自行填报', '01-foundations', '目标基础', '已完成', 0.92, 2, 11, serial('2026-11-20T09:00:00.000Z'), serial('2026-11-20T09:20:00.000Z')]);
    expect(progress.find((r) => r[0] === 'E1003')![1]).toBe('=HYPERLINK("http://x","y")');
    const overview = sheets[1]!.rows;
    expect(overview).toHaveLength(4);
    expect(overview.find((r) => r[0] === 'E1002')).toEqual(['E1002', '王伟', '华南销售部', null, '进行中', null, 0, '否', null, null, '自行填报', '未开始', null, '未开始', null, '进行中', 0.4]);
  });

  test('XLSX: printed, each sheet fits its columns on landscape pages and repeats its header row at the top of every page', async () => {
    const files = unzipSync(new Uint8Array(await (await get('/export.xlsx?lang=zh-CN', cookie)).arrayBuffer()));
    for (const path of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const sheet = parseXml(strFromU8(files[path]!));
      const names = sheet.children.map((c) => c.name);
      expect(inSchemaOrder(names), names.join(' ')).toBe(true);
      expect(names).toEqual(['sheetPr', 'sheetViews', 'cols', 'sheetData', 'autoFilter', 'pageMargins', 'pageSetup']);
      expect(sheet.children[0]!.children[0]).toMatchObject({ name: 'pageSetUpPr', attrs: { fitToPage: '1' } });
      expect(sheet.children.at(-1)!.attrs).toMatchObject({ orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    }
    const definedNames = parseXml(strFromU8(files['xl/workbook.xml']!)).children.find((c) => c.name === 'definedNames')!.children;
    expect(definedNames.filter((d) => d.attrs.name === '_xlnm.Print_Titles').map((d) => [d.attrs.localSheetId, d.text])).toEqual([
      ['0', "'学习进度'!$1:$1"],
      ['1', "'总览'!$1:$1"],
    ]);
  });

  test('NDJSON: the raw statements of the filtered trainees only', async () => {
    const text = await (await get(`/statements.ndjson?q=E1001`, cookie)).text();
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((s) => s.actor.account.name))).toEqual(new Set(['E1001']));
  });

  test('NDJSON of a department: its trainees\' statements only, in the order stored across them, none voided', async () => {
    const auth = { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
    const people = [
      { name: '出口一', employeeId: 'NDJ1', department: '导出测试部' },
      { name: '出口二', employeeId: 'NDJ2', department: '导出测试部' },
      { name: '别部门', employeeId: 'NDJ3', department: '另一个部门' },
    ];
    const tokens = await Promise.all(people.map((p) => register(p.name, p.employeeId, p.department)));
    const read = (moduleId: string) => ({ verb: 'experienced' as const, object: { id: a.slide(moduleId, 'intro'), type: 'lesson' as const }, parent: a.module(moduleId), timestamp: '2026-10-10T09:00:00.000Z' });
    const sent: { who: number; id: string }[] = [];
    // One at a time, turn about: the export must keep this order across the two trainees.
    for (const [who, moduleId] of [[0, '00-intro'], [1, '00-intro'], [0, '01-foundations'], [2, '00-intro'], [1, '01-foundations'], [0, '02-setting']] as const)
      sent.push({ who, id: (await send(tokens[who]!, people[who]!, [read(moduleId)]))[0]!.id });
    const voiding = { id: uuid(), actor: { objectType: 'Agent', account: { homePage: 'https://admin.example.com', name: 'admin' } }, verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: sent[2]!.id } };
    expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: auth, body: JSON.stringify(voiding) })).status).toBe(200);
    const res = await get(`/statements.ndjson?department=${encodeURIComponent('导出测试部')}`, cookie);
    expect(res.status).toBe(200);
    const ids = (await res.text()).trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([sent[0]!.id, sent[1]!.id, sent[4]!.id, sent[5]!.id]);
  });

  test('voiding a statement rebuilds the progress without it', async () => {
    const auth = { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
    const voiding = { id: uuid(), actor: { objectType: 'Agent', account: { homePage: 'https://admin.example.com', name: 'admin' } }, verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: passedId } };
    expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: auth, body: JSON.stringify(voiding) })).status).toBe(200);
    const body = await (await get('/progress?q=E1001', cookie)).json();
    expect(body.rows[0].modules['01-foundations']).toMatchObject({ status: 'in_progress', passed: false, bestScore: 0.6, attempts: 1, timeSpentMs: 420_000 });
  });
});

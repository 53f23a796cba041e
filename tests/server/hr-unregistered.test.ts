import { describe, expect, test } from 'vitest';
import { activityIds } from '../../src/domain';
import { HR, serveApp } from './serve-app';

// Learners HR never registered: an LMS (or any system given the LRS credential) sends their
// statements with its own actors. HR must find them in the table, open their details, and get
// their statements in the export, without mistaking one for a registered trainee.
const served = serveApp();
const a = activityIds();
const HOME = 'https://sales-target-academy.example.com/employees';
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const lrs = { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };

const li = { name: '李娜', employeeId: 'E1001' };
const byEmail = { objectType: 'Agent', name: '赵敏', mbox: 'mailto:zhao@example.com' };
// An LMS's own account whose name happens to be a registered trainee's employee id.
const lmsNamesake = { objectType: 'Agent', name: '李娜 (LMS)', account: { homePage: 'https://lms.example.com', name: 'E1001' } };
// An account under the company's home page that never registered here.
const unregisteredHere = { objectType: 'Agent', name: '钱七', account: { homePage: HOME, name: 'E9001' } };
const emailKey = 'mbox:mailto:zhao@example.com';
const lmsKey = 'account:https://lms.example.com::E1001';

const statement = (actor: object, verb: string, object: string, result?: object) => ({
  id: uuid(),
  actor,
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
  object: { id: object, objectType: 'Activity' },
  ...(result ? { result } : {}),
  timestamp: '2026-11-20T09:00:00.000Z',
});

type Row = { employeeId: string; name: string; identity: string | null; actorKey?: string; final: { attempts: number }; modules: Record<string, { bestScore: number | null }> };
let cookie = '';
const get = (path: string) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: cookie } });
const rows = async () => ((await (await get('/progress')).json()) as { rows: Row[] }).rows;

describe('learners who never registered, in HR’s views', () => {
  const sent: Record<string, string[]> = {};

  test('setup: a registered trainee learns in the course; an LMS sends statements for three learners it knows', async () => {
    const registered = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...li, department: '华东销售部' }) });
    expect(registered.status).toBe(201);
    const batch = [
      statement({ objectType: 'Agent', name: li.name, account: { homePage: HOME, name: li.employeeId } }, 'failed', a.quiz('02-setting'), { score: { scaled: 0.5 }, success: false }),
      statement(byEmail, 'passed', a.quiz('01-foundations'), { score: { scaled: 0.9 }, success: true }),
      statement(byEmail, 'passed', a.final(), { score: { scaled: 0.85 }, success: true }),
      statement(lmsNamesake, 'failed', a.quiz('01-foundations'), { score: { scaled: 0.2 }, success: false }),
      statement(unregisteredHere, 'failed', a.quiz('02-setting'), { score: { scaled: 0.3 }, success: false }),
    ];
    const res = await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: lrs, body: JSON.stringify(batch) });
    expect(res.status).toBe(200);
    for (const s of batch) (sent[JSON.stringify(s.actor)] ??= []).push(s.id);
    const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
    cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  });

  test('the table lists each of them once, not registered, with their own scores; one whose name would lead elsewhere carries their actor key', async () => {
    const all = await rows();
    expect(all.map((r) => [r.employeeId, r.name, r.identity, r.actorKey]).sort()).toEqual(
      [
        ['E1001', '李娜', 'self-declared', undefined],
        ['E1001', '李娜 (LMS)', null, lmsKey],
        ['E9001', '钱七', null, undefined],
        [emailKey, '赵敏', null, emailKey],
      ].sort(),
    );
    const email = all.find((r) => r.actorKey === emailKey)!;
    expect(email.final.attempts).toBe(1);
    expect(email.modules['01-foundations']!.bestScore).toBe(0.9);
    expect(all.find((r) => r.actorKey === lmsKey)!.modules['01-foundations']!.bestScore).toBe(0.2);
    expect(all.find((r) => r.identity === 'self-declared')!.modules['01-foundations']).toBeUndefined();
  });

  test('the details open by actor key for those who carry one, and by employee id for the others; the registered trainee is never the namesake', async () => {
    const details = async (id: string) => {
      const res = await get(`/trainees/${encodeURIComponent(id)}`);
      expect(res.status, id).toBe(200);
      return (await res.json()) as { trainee: { employeeId: string; name: string; actorKey?: string; registered: string | null }; row: Row; timeline: { id: string }[] };
    };
    const email = await details(emailKey);
    expect(email.trainee).toMatchObject({ employeeId: emailKey, name: '赵敏', actorKey: emailKey, registered: null });
    expect(email.row.final.attempts).toBe(1);
    expect(email.timeline.map((e) => e.id).sort()).toEqual([...sent[JSON.stringify(byEmail)]!].sort());
    const namesake = await details(lmsKey);
    expect(namesake.trainee).toMatchObject({ employeeId: 'E1001', name: '李娜 (LMS)', actorKey: lmsKey });
    expect(namesake.timeline.map((e) => e.id)).toEqual(sent[JSON.stringify(lmsNamesake)]);
    const registered = await details('E1001');
    expect(registered.trainee).toMatchObject({ employeeId: 'E1001', name: '李娜', department: '华东销售部' });
    expect(registered.trainee.registered).toEqual(expect.any(String));
    expect(registered.row.modules['01-foundations']).toBeUndefined();
    expect((await details('E9001')).trainee).toMatchObject({ employeeId: 'E9001', name: '钱七', registered: null });
    expect((await get(`/trainees/${encodeURIComponent('mbox:mailto:nobody@example.com')}`)).status).toBe(404);
  });

  test('the statements export holds every statement of every learner in the table', async () => {
    const text = await (await get('/statements.ndjson')).text();
    const ids = text.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.sort()).toEqual(Object.values(sent).flat().sort());
  });

  test('the spreadsheets say who never registered', async () => {
    const csv = await (await get('/export.csv?lang=en')).text();
    const identities = new Map(
      csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split('","'))
        .map((cells) => [`${cells[0]!.replace(/^\uFEFF?"/, '')} ${cells[1]}`, cells[10]]),
    );
    expect(Object.fromEntries(identities)).toEqual({ 'E1001 李娜': 'Self-declared', 'E1001 李娜 (LMS)': 'Not registered', 'E9001 钱七': 'Not registered', [`${emailKey} 赵敏`]: 'Not registered' });
  });
});

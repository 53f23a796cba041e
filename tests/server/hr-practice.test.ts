import { describe, expect, test } from 'vitest';
import { activityIds, buildStatement, DEFAULT_COURSE_IRI, smartGoalResult } from '../../src/domain';
import { testStorage } from './test-storage';
import { hrSessions } from '../../src/server/hr/sessions';
import { readXlsx } from '../setup/read-xlsx';
import { HR, serveApp, TEST_ROLEPLAYS } from './serve-app';

// SMART criteria and role-play endings in item analysis, against figures counted by hand. The
// course here no longer has the "need" role-play (removed after its runs), so HR's exports must say so.
const sql = await testStorage();
const served = serveApp({ sql, roleplays: TEST_ROLEPLAYS.filter((r) => r.id !== 'need') });
const PRICE = { en: 'Price objection: “You’re too expensive”', zh: '价格异议：“你们太贵了”' };
const HOME = 'https://sales-target-academy.example.com/employees';
const a = activityIds(DEFAULT_COURSE_IRI);
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const V = (s: string) => Object.fromEntries(['specific', 'measurable', 'achievable', 'relevant', 'timeBound'].map((c, i) => [c, s[i] === '1' ? 'met' : 'unmet']));

// Each trainee: department, SMART goals (S M A R T, 1 = met) and role-play runs [scenario, ending].
const TRAINEES: [string, string, string[], [string, string][]][] = [
  ['P1', '华东销售部', ['11110', '10110'], [['price', 'won'], ['price', 'lost']]],
  ['P2', '华东销售部', ['11111'], [['need', 'stalled']]],
  ['P3', '华南销售部', ['01010'], [['price', 'won'], ['price', 'advanced']]],
];

let hr = '';
const get = (path: string, cookie = hr) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: cookie } });
type Practice = { criteria: { criterion: string; goals: number; missed: number; missRate: number | null }[]; endings: { roleplayId: string; runs: number; endings: Record<string, number> }[] };

describe('SMART criteria and role-play endings', () => {
  test('setup: three trainees save goals and finish role-plays through the xAPI', async () => {
    for (const [employeeId, department, goals, runs] of TRAINEES) {
      const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `学员${employeeId}`, employeeId, department }) });
      const { token } = (await res.json()) as { token: string };
      const trainee = { name: `学员${employeeId}`, employeeId, homePage: HOME };
      const timestamp = '2026-11-20T09:00:00.000Z';
      const statements = [
        ...goals.map((g) => buildStatement({ id: uuid(), trainee, verb: 'answered', object: { id: a.smart(), type: 'interaction' }, result: smartGoalResult({ text: `目标 ${g}`, verdicts: V(g) }, DEFAULT_COURSE_IRI), timestamp })),
        ...runs.map(([scenario, ending]) =>
          buildStatement({ id: uuid(), trainee, verb: 'completed', object: { id: a.roleplay(scenario), type: 'simulation' }, result: { scaled: 0.5, success: ending === 'won', completion: true, response: ending }, timestamp }),
        ),
      ];
      const sent = await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(statements) });
      expect(sent.status).toBe(200);
    }
    hr = (await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) })).headers.get('set-cookie')!.split(';')[0]!;
  });

  test('a saved goal carries each criterion verdict in a result extension', () => {
    const result = smartGoalResult({ text: 'x', verdicts: V('10110') }, DEFAULT_COURSE_IRI);
    expect(result.extensions[a.smartVerdicts()]).toEqual({ specific: 'met', measurable: 'unmet', achievable: 'met', relevant: 'met', timeBound: 'unmet' });
  });

  test('per criterion how many goals miss it, per role-play how its runs ended', async () => {
    const body = (await (await get('/items')).json()) as Practice;
    // Four goals: 11110, 10110, 11111, 01010.
    expect(body.criteria).toEqual([
      { criterion: 'specific', goals: 4, missed: 1, missRate: 0.25 },
      { criterion: 'measurable', goals: 4, missed: 1, missRate: 0.25 },
      { criterion: 'achievable', goals: 4, missed: 1, missRate: 0.25 },
      { criterion: 'relevant', goals: 4, missed: 0, missRate: 0 },
      { criterion: 'timeBound', goals: 4, missed: 3, missRate: 0.75 },
    ]);
    expect(body.endings).toEqual([
      { roleplayId: 'need', runs: 1, endings: { won: 0, advanced: 0, stalled: 1, lost: 0 } },
      { roleplayId: 'price', runs: 4, endings: { won: 2, advanced: 1, stalled: 0, lost: 1 } },
    ]);
  });

  test('both tables in the exports, and a manager sees their department only', async () => {
    const sheets = readXlsx(new Uint8Array(await (await get('/items.xlsx?lang=en')).arrayBuffer()));
    expect(sheets.map((s) => s.name)).toEqual(['Item analysis', 'SMART criteria', 'Role-play endings']);
    expect(sheets[1]!.rows[5]).toEqual(['Time-bound (T)', 4, 3, 0.75]);
    // Each role-play by its title in the export's language, its id last for joining; a removed one by its id, said so.
    expect(sheets[2]!.rows[0]).toEqual(['Role-play', 'Runs', 'Won', 'Advanced', 'Stalled', 'Lost', 'Role-play ID']);
    expect(sheets[2]!.rows[1]).toEqual(['need (not in the current course)', 1, 0, 0, 1, 0, 'need']);
    expect(sheets[2]!.rows[2]).toEqual([PRICE.en, 4, 2, 1, 0, 1, 'price']);
    const csv = (await (await get('/items.csv?lang=en')).text()).split('\r\n');
    expect(csv).toContain('"Time-bound (T)","4","3","75"');
    expect(csv).toContain(`"${PRICE.en}","4","2","1","0","1","price"`);
    const zh = readXlsx(new Uint8Array(await (await get('/items.xlsx?lang=zh-CN')).arrayBuffer()));
    expect(zh[2]!.rows.slice(1)).toEqual([
      ['need（当前课程中没有）', 1, 0, 0, 1, 0, 'need'],
      [PRICE.zh, 4, 2, 1, 0, 1, 'price'],
    ]);
    const zhCsv = (await (await get('/items.csv?lang=zh-CN')).text()).split('\r\n');
    expect(zhCsv).toContain(`"${PRICE.zh}","4","2","1","0","1","price"`);
    // The CSV's percent header in Chinese brackets, like every other Chinese header.
    expect(zhCsv).toContain('"SMART 原则","目标数","未达到","未达到比例（%）"');

    const manager = `sta_hr=${(await hrSessions(sql, 3_600_000).open('manager', '华东销售部')).token}`;
    const scoped = (await (await get('/items', manager)).json()) as Practice;
    expect(scoped.criteria.find((c) => c.criterion === 'timeBound')).toEqual({ criterion: 'timeBound', goals: 3, missed: 2, missRate: 2 / 3 });
    expect(scoped.endings).toEqual([
      { roleplayId: 'need', runs: 1, endings: { won: 0, advanced: 0, stalled: 1, lost: 0 } },
      { roleplayId: 'price', runs: 2, endings: { won: 1, advanced: 0, stalled: 0, lost: 1 } },
    ]);
  });
});

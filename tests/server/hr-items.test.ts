import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { activityIds, isCourseVerdict, quizStatements, reviewStatement } from '../../src/domain';
import { testStorage } from './test-storage';
import { hrSessions } from '../../src/server/hr/sessions';
import { readXlsx } from '../setup/read-xlsx';
import { parseXml } from '../setup/read-xml';
import { HR, serveApp } from './serve-app';
const a = activityIds();

// Item analysis against figures computed by hand on four attempts of a three-item quiz.
const sql = await testStorage();
const served = serveApp({ sql });
const HOME = 'https://sales-target-academy.example.com/employees';
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

// Three items of the foundations bank as q1, q2, q3: a single choice, a true/false, and one the
// content no longer has (answered before it was removed).
const [q1, q2, q3] = ['target-definition-best-fit', 'number-alone-not-smart', 'retired-question'] as const;
const ITEM_IDS = [q1, q2, q3];
// [q1, q2, q3] as [score, response]
const ATTEMPTS: [string, string, [number, string][]][] = [
  ['A1', '华东销售部', [[1, 'four-facets'], [1, 'false'], [0, 'C']]],
  ['A2', '华东销售部', [[1, 'four-facets'], [0, 'true'], [0, 'D']]],
  ['A3', '华南销售部', [[0, 'activity-list'], [1, 'false'], [1, 'B']]],
  ['A4', '华南销售部', [[1, 'four-facets'], [0, 'true'], [0, 'C']]],
];
const STEM = 'Which statement best sums up what a sales target is?';
const FOUR_FACETS = 'A quantified expectation of sales over a period that carries company strategy, serves as the yardstick for performance and gives sales activity a direction.';
const ACTIVITY_LIST = 'A to-do list of the customers to visit this month.';

let hr = '';
/** The number format a cell of the first sheet is shown with, as Excel reads it from the styles. */
function formatOf(bytes: Uint8Array, ref: string): string | undefined {
  const files = unzipSync(bytes);
  const cell = parseXml(strFromU8(files['xl/worksheets/sheet1.xml']!))
    .children.find((c) => c.name === 'sheetData')!
    .children.flatMap((row) => row.children)
    .find((c) => c.attrs.r === ref);
  const styles = parseXml(strFromU8(files['xl/styles.xml']!)).children;
  const xf = styles.find((c) => c.name === 'cellXfs')!.children[Number(cell?.attrs.s ?? 0)];
  return styles.find((c) => c.name === 'numFmts')?.children.find((f) => f.attrs.numFmtId === xf?.attrs.numFmtId)?.attrs.formatCode;
}
const get = (path: string, cookie = hr) => fetch(`${served.base}/hr/api${path}`, { headers: { Cookie: cookie } });

describe('item analysis', () => {
  test('setup: four trainees, two departments, each makes one attempt on a registration of their own, then reviews', async () => {
    for (const [employeeId, department, answers] of ATTEMPTS) {
      const res = await fetch(`${served.base}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `学员${employeeId}`, employeeId, department }) });
      const { token } = (await res.json()) as { token: string };
      const statements = quizStatements({
        ids: [uuid(), uuid(), uuid(), uuid()],
        trainee: { name: `学员${employeeId}`, employeeId, homePage: HOME },
        moduleId: '01-foundations',
        items: answers.map(([score, response], i) => ({ itemId: ITEM_IDS[i]!, score, response })),
        scaled: answers.reduce((s, [x]) => s + x, 0) / 3,
        passed: false,
        durationMs: 60_000,
        timestamp: '2026-11-20T09:00:00.000Z',
        registration: `6a1b2c3d-0000-4000-8000-00000000000${employeeId.slice(1)}`,
      });
      const sent = await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(statements.filter((s) => !isCourseVerdict(s, a.course))) });
      expect(sent.status).toBe(200);
      // The verdicts are the server's to write: imported here with the LRS credential.
      const verdicts = statements.filter((s) => isCourseVerdict(s, a.course));
      if (verdicts.length) expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(verdicts) })).status).toBe(200);
      // Later reviews of q1, all right: answers on the quiz's items, but no attempt of the quiz.
      const reviews = [1, 2, 3].map((d) =>
        reviewStatement({ id: uuid(), trainee: { name: `学员${employeeId}`, employeeId, homePage: HOME }, answer: { id: 'r', key: `01-foundations/${q1}`, at: `2026-12-0${d}T09:00:00.000Z`, score: 1, correct: true, due: '2027-01-01T09:00:00.000Z', response: 'four-facets' } }),
      );
      expect((await fetch(`${served.base}/xapi/statements`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(reviews) })).status).toBe(200);
    }
    const login = await fetch(`${served.base}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HR) });
    hr = login.headers.get('set-cookie')!.split(';')[0]!;
  });

  test('per item: attempts, facility, discrimination (item vs rest of the attempt), options and flags', async () => {
    const { items } = (await (await get('/items')).json()) as { items: { itemId: string; attempts: number; facility: number; discrimination: number | null; options: Record<string, number>; flags: string[] }[] };
    const by = Object.fromEntries(items.map((i) => [i.itemId, i]));
    const [q1, q2, q3] = ITEM_IDS.map((id) => by[id]);
    // q1: scores 1,1,0,1 against rests 1,0,2,0 → r = −1.25 / √(0.75 × 2.75).
    expect(q1).toMatchObject({ attempts: 4, facility: 0.75, options: { 'four-facets': 3, 'activity-list': 1 }, flags: ['negative_discrimination'] });
    expect(q1!.discrimination).toBeCloseTo(-1.25 / Math.sqrt(0.75 * 2.75), 10);
    // q2: every rest is 1, so the correlation is undefined.
    expect(q2).toMatchObject({ attempts: 4, facility: 0.5, discrimination: null, flags: [] });
    // q3: scores 0,0,1,0 against rests 2,1,1,1 → r = −0.25 / 0.75; facility 0.25 is too hard.
    expect(q3!.discrimination).toBeCloseTo(-1 / 3, 10);
    expect(q3!.flags).toEqual(['too_hard', 'negative_discrimination']);
  });

  test('the exports name the quiz and the question and label the options, in the asked language, with the ids beside them', async () => {
    const csv = (await (await get('/items.csv?lang=en')).text()).trim().split('\r\n');
    // The CSV's facility cells are bare percents (75), so its header names the unit; the discrimination is the same number in both formats.
    expect(csv[0]).toBe('"Quiz","Question","Attempts","Facility index (%)","Discrimination index","Options chosen","Flags","Quiz ID","Item ID","Options chosen (IDs)"');
    // A negative discrimination is a number, not text guarded against formulas.
    expect(csv[1]).toBe(`"Foundations","${STEM}","4","75","-0.87","${FOUR_FACETS}: 3; ${ACTIVITY_LIST}: 1","Negative discrimination","01-foundations","${q1}","four-facets: 3; activity-list: 1"`);
    expect(csv[2]).toMatch(/^"Foundations","As long as a target contains a concrete number, .*","4","50","","False: 2; True: 2","","01-foundations","number-alone-not-smart","false: 2; true: 2"$/);
    // An item the content no longer has keeps its id, said so, after the bank's items; options most chosen first, ties by id.
    expect(csv[3]).toBe(`"Foundations","${q3} (not in the current course)","4","25","-0.333","C (not in the current course): 2; B (not in the current course): 1; D (not in the current course): 1","Too hard; Negative discrimination","01-foundations","${q3}","C: 2; B: 1; D: 1"`);
    const book = new Uint8Array(await (await get('/items.xlsx?lang=en')).arrayBuffer());
    const [sheet] = readXlsx(book);
    expect(sheet!.rows[0]!.slice(3, 5)).toEqual(['Facility index', 'Discrimination index']);
    expect(sheet!.rows[1]!.slice(0, 5)).toEqual(['Foundations', STEM, 4, 0.75, -0.87]);
    // The workbook's facility cell is the fraction shown as a percent (75.0%): the unit is in the cell.
    expect(formatOf(book, 'D2')).toBe('0.0%');
    expect(sheet!.rows[1]!.slice(7, 9)).toEqual(['01-foundations', q1]);
    expect((await (await get('/items.csv?lang=zh-CN')).text()).split('\r\n')[0]).toContain('"作答次数","难度系数（得分率，%）","区分度"');
    const [zh] = readXlsx(new Uint8Array(await (await get('/items.xlsx?lang=zh-CN')).arrayBuffer()));
    expect(zh!.rows[0]!.slice(0, 5)).toEqual(['测验', '题目', '作答次数', '难度系数（得分率）', '区分度']);
    expect(zh!.rows[1]!.slice(0, 2)).toEqual(['目标基础', '下面哪种说法最完整地概括了“销售目标”是什么？']);
    // Chinese punctuation in Chinese: full-width colon and semicolon between the options and their counts.
    expect(zh!.rows[2]![5]).toBe('错误：2；正确：2');
  });

  test('a department scope in the page and both exports', async () => {
    const manager = `sta_hr=${(await hrSessions(sql, 3_600_000).open('manager', '华东销售部')).token}`;
    const scoped = (await (await get('/items', manager)).json()) as { items: { itemId: string; attempts: number; facility: number; discrimination: number | null }[] };
    expect(scoped.items.map((i) => [i.itemId, i.attempts, i.facility, i.discrimination])).toEqual([[q1, 2, 1, null], [q2, 2, 0.5, null], [q3, 2, 0, null]]);
    expect((await (await get('/items.csv', manager)).text()).trim().split('\r\n')[1]).toMatch(/^"目标基础","下面哪种说法最完整地概括了“销售目标”是什么？","2","100"/);
    expect(readXlsx(new Uint8Array(await (await get('/items.xlsx', manager)).arrayBuffer()))[0]!.rows[1]!.slice(2, 4)).toEqual([2, 1]);
    expect((await get(`/items?department=${encodeURIComponent('华南销售部')}`, manager)).status).toBe(403);
  });
});

import { describe, expect, test } from 'vitest';
import { activityIds } from '../xapi/activities';
import { durationMs } from '../xapi/parse-duration';
import { VERBS } from '../xapi/vocabulary';
import { applyStatement, decodeSegment, locateActivity, recordStatus, type ModuleRecord } from './module-progress';
import { buildMatrix, parseMatrixFilter, type CourseModuleInfo, type TraineeRecord } from './matrix';
import { matrixOrder, parsePageRequest, type SortDir, type SortKey } from './matrix-sort';
import { csvCells, matrixTable, progressTable, type ExportLabels } from './export-table';
import { locateCourseActivity } from './timeline';

const COURSE = 'https://academy.example.com/course';
const a = activityIds(COURSE);
const st = (verb: keyof typeof VERBS, id: string, timestamp: string, result?: object) => ({ verb: { id: VERBS[verb] }, object: { id }, timestamp, result });
const fold = (list: ReturnType<typeof st>[]) => {
  let p: ModuleRecord | undefined;
  let moduleId: string | undefined;
  for (const s of list) {
    const next = applyStatement(p, s, COURSE);
    if (next) ({ progress: p, moduleId } = next);
  }
  return { p, moduleId };
};

test('durations are read back to milliseconds', () => {
  expect(durationMs('PT5M30.5S')).toBe(330_500);
  expect(durationMs('PT1H')).toBe(3_600_000);
  expect(durationMs('P1DT1S')).toBe(86_401_000);
  expect(durationMs('5 minutes')).toBe(0);
  expect(durationMs(undefined)).toBe(0);
});

test('the activities outside the modules are named by what they are, so HR reads them as words, not IRIs', () => {
  expect(locateCourseActivity(COURSE, COURSE)).toBe('course');
  expect(locateCourseActivity(a.final(), COURSE)).toBe('final');
  expect(locateCourseActivity(a.smart(), COURSE)).toBe('smart');
  expect(locateCourseActivity(a.sandbox(), COURSE)).toBe('sandbox');
  expect(locateCourseActivity(a.roleplay('price-objection'), COURSE)).toBe('roleplay');
  expect(locateCourseActivity(a.review(), COURSE)).toBe('review');
  expect(locateCourseActivity(a.followUp('two-weeks'), COURSE)).toBe('followUp');
  expect(locateCourseActivity(a.module('01-foundations'), COURSE)).toBeUndefined();
  expect(locateCourseActivity('https://other.example.com/course/final-assessment', COURSE)).toBeUndefined();
});

test('activities are located within the course', () => {
  expect(locateActivity(a.module('01-foundations'), COURSE)).toEqual({ moduleId: '01-foundations', part: 'module' });
  expect(locateActivity(a.slide('01-foundations', 's1'), COURSE)).toEqual({ moduleId: '01-foundations', part: 'slide' });
  expect(locateActivity(a.quiz('02-x'), COURSE)).toEqual({ moduleId: '02-x', part: 'quiz' });
  expect(locateActivity(a.quizItem('02-x', 'q1'), COURSE)).toEqual({ moduleId: '02-x', part: 'item', itemId: 'q1' });
  expect(locateActivity(a.quizItem('02-x', '目标 1/2'), COURSE)).toEqual({ moduleId: '02-x', part: 'item', itemId: '目标 1/2' });
  expect(locateActivity(a.smart(), COURSE)).toBeUndefined();
  expect(locateActivity('https://other.example.com/modules/01', COURSE)).toBeUndefined();
});

test('an id with malformed escapes, which anyone may send, names nothing of the course (and throws nowhere)', () => {
  expect(decodeSegment('%E0%A4%A')).toBeUndefined();
  expect(decodeSegment('q%201')).toBe('q 1');
  expect(locateActivity(a.quizItem('02-x', 'q1').replace(/q1$/, '%E0%A4%A'), COURSE)).toBeUndefined();
  expect(locateActivity(a.quiz('02-x').replace('02-x', '%E0%A4%A'), COURSE)).toBeUndefined();
});

describe('a module\'s progress follows its statements', () => {
  test('reading, a failed then a passed attempt: best score, attempts, time, first and last activity', () => {
    const { p, moduleId } = fold([
      st('experienced', a.slide('01-f', 's1'), '2026-11-02T09:00:00Z', { duration: 'PT2M' }),
      st('completed', a.module('01-f'), '2026-11-02T09:10:00Z'),
      st('answered', a.quizItem('01-f', 'q1'), '2026-11-02T09:12:00Z', { score: { scaled: 1 }, duration: 'PT1M' }),
      st('failed', a.quiz('01-f'), '2026-11-02T09:15:00Z', { score: { scaled: 0.6 }, duration: 'PT5M' }),
      st('passed', a.quiz('01-f'), '2026-11-03T10:00:00Z', { score: { scaled: 0.9 }, duration: 'PT4M' }),
      st('experienced', a.slide('01-f', 's2'), '2026-11-01T08:00:00Z'),
    ]);
    expect(moduleId).toBe('01-f');
    expect(p).toEqual({ read: true, passed: true, bestScore: 0.9, attempts: 2, timeSpentMs: 11 * 60_000, firstActivity: '2026-11-01T08:00:00Z', lastActivity: '2026-11-03T10:00:00Z' });
    expect(recordStatus(p, true)).toBe('completed');
  });
  test('a slide counts at most ten minutes of reading, whatever duration a statement claims', () => {
    const { p } = fold([
      st('experienced', a.slide('01-f', 's1'), '2026-11-02T09:00:00Z', { duration: 'PT1000H' }),
      st('experienced', a.slide('01-f', 's2'), '2026-11-02T09:20:00Z', { duration: 'PT9M' }),
    ]);
    expect(p?.timeSpentMs).toBe(19 * 60_000);
  });
  test('passed but not read is in progress; read without a quiz is completed; nothing is not started', () => {
    const passedOnly = fold([st('passed', a.quiz('03'), '2026-11-02T09:00:00Z', { score: { scaled: 1 } })]).p;
    expect(recordStatus(passedOnly, true)).toBe('in_progress');
    const readOnly = fold([st('completed', a.module('00'), '2026-11-02T09:00:00Z')]).p;
    expect(recordStatus(readOnly, false)).toBe('completed');
    expect(recordStatus(undefined, true)).toBe('not_started');
  });
  test('a later lower score does not lower the best', () => {
    const { p } = fold([st('passed', a.quiz('01'), '2026-11-02T09:00:00Z', { score: { scaled: 0.95 } }), st('failed', a.quiz('01'), '2026-11-02T10:00:00Z', { score: { scaled: 0.2 } })]);
    expect(p!.bestScore).toBe(0.95);
    expect(p!.passed).toBe(true);
  });
  test('statements outside the modules, and voiding statements, change nothing', () => {
    expect(applyStatement(undefined, st('completed', a.sandbox(), '2026-11-02T09:00:00Z'), COURSE)).toBeUndefined();
    expect(applyStatement(undefined, { verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: 'x' } }, COURSE)).toBeUndefined();
  });
});

const modules: CourseModuleInfo[] = [
  { id: '00', hasQuiz: false, title: { en: 'Intro', 'zh-CN': '导论' } },
  { id: '01', hasQuiz: true, title: { en: 'Basics', 'zh-CN': '基础' } },
];
const progress = (over: Partial<ModuleRecord>): ModuleRecord => ({ read: false, passed: false, bestScore: null, attempts: 0, timeSpentMs: 0, firstActivity: '2026-11-02T09:00:00Z', lastActivity: '2026-11-02T09:00:00Z', ...over });
const trainees: TraineeRecord[] = [
  { employeeId: 'E2', name: '王伟', department: '华东销售部', cohort: '2026 秋季第一期', modules: { '00': progress({ read: true }), '01': progress({ read: true, passed: true, bestScore: 0.875, attempts: 2, timeSpentMs: 90_000, lastActivity: '2026-11-20T09:00:00Z' }) }, final: { bestScore: 0.9, attempts: 1, passed: true }, certificate: { code: 'ABCD-EFGH', issuedAt: '2026-11-21T09:00:00Z' }, identity: 'company' },
  { employeeId: 'E1', name: '李娜', department: '华东销售部', modules: { '01': progress({ attempts: 1, bestScore: 0.5 }) }, identity: 'self-declared' },
  { employeeId: 'E3', name: '=HYPERLINK("x")', department: 'Key Accounts', modules: {} },
];

describe('the matrix', () => {
  test('course status, sorted by department then name (Chinese by pinyin, first)', () => {
    const rows = buildMatrix(trainees, modules);
    expect(rows.map((r) => [r.employeeId, r.status])).toEqual([
      ['E1', 'in_progress'],
      ['E2', 'completed'],
      ['E3', 'not_started'],
    ]);
    expect(rows[1]!.modules['01']!.status).toBe('completed');
  });
  test('done means the certificate is earned: every module complete and the final assessment passed', () => {
    const e2 = trainees[0]!;
    const status = (final: TraineeRecord['final']) => buildMatrix([{ ...e2, final }], modules)[0]!;
    expect(status(undefined)).toMatchObject({ status: 'in_progress', modulesComplete: true, final: { attempts: 0, passed: false } });
    expect(status({ bestScore: 0.6, attempts: 2, passed: false }).status).toBe('in_progress');
    expect(status({ bestScore: 0.9, attempts: 1, passed: true }).status).toBe('completed');
    // A final attempt alone is a beginning.
    expect(buildMatrix([{ ...e2, modules: {}, final: { bestScore: 0.2, attempts: 1, passed: false } }], modules)[0]!.status).toBe('in_progress');
  });
  test.each([
    [{ final: 'passed' as const }, ['E2']],
    [{ final: 'not_attempted' as const }, ['E1', 'E3']],
    [{ certificate: 'issued' as const }, ['E2']],
    [{ certificate: 'none' as const }, ['E1', 'E3']],
  ])('filter %j', (filter, ids) => expect(buildMatrix(trainees, modules, filter).map((r) => r.employeeId)).toEqual(ids));
  test('sorting: by a key either way, ties by department and name; paging and sorting from query parameters', () => {
    const ids = (key: SortKey, dir: SortDir) => buildMatrix(trainees, modules).sort(matrixOrder(key, dir)).map((r) => r.employeeId);
    expect(ids('status', 'desc')).toEqual(['E2', 'E1', 'E3']);
    expect(ids('status', 'asc')).toEqual(['E3', 'E1', 'E2']);
    expect(ids('module:01', 'desc')).toEqual(['E2', 'E1', 'E3']);
    expect(ids('final', 'asc')).toEqual(['E1', 'E3', 'E2']);
    expect(ids('employeeId', 'desc')).toEqual(['E3', 'E2', 'E1']);
    expect(parsePageRequest({}, ['01'])).toEqual({ page: { page: 1, pageSize: 100, sort: 'department', dir: 'asc' } });
    expect(parsePageRequest({ page: '3', pageSize: '50', sort: 'module:01', dir: 'desc' }, ['01'])).toEqual({ page: { page: 3, pageSize: 50, sort: 'module:01', dir: 'desc' } });
    for (const bad of [{ page: '0' }, { pageSize: '501' }, { page: '1.5' }, { sort: 'module:99' }, { sort: 'salary' }, { dir: 'up' }]) expect(parsePageRequest(bad, ['01'])).toHaveProperty('error');
  });
  test.each([
    [{ department: '华东销售部' }, ['E1', 'E2']],
    [{ status: 'completed' as const }, ['E2']],
    [{ status: 'in_progress' as const, module: '01' }, ['E1']],
    [{ status: 'not_started' as const, module: '00' }, ['E1', 'E3']],
    [{ q: 'e3' }, ['E3']],
    [{ q: '李' }, ['E1']],
    [{ from: '2026-11-10T00:00:00Z' }, ['E2']],
    [{ to: '2026-11-01T00:00:00Z' }, []],
    [{ from: '2026-11-01T00:00:00Z', to: '2026-11-03T00:00:00Z' }, ['E1', 'E2']],
  ])('filter %j', (filter, ids) => expect(buildMatrix(trainees, modules, filter).map((r) => r.employeeId)).toEqual(ids));
  test('a filter from query parameters refuses what it cannot mean', () => {
    expect(parseMatrixFilter({ status: 'done' })).toEqual({ error: 'status must be one of not_started, in_progress, completed' });
    expect(parseMatrixFilter({ from: 'yesterday' })).toEqual({ error: 'from must be a date' });
    expect(parseMatrixFilter({ department: '', status: 'completed', q: 'x' })).toEqual({ filter: { status: 'completed', q: 'x' } });
  });
});

const labels: ExportLabels = {
  employeeId: 'Employee ID', name: 'Name', department: 'Department', cohort: 'Cohort', courseStatus: 'Course', moduleId: 'Module ID', module: 'Module', status: 'Status', bestScore: 'Best score (%)', attempts: 'Attempts', minutes: 'Minutes', firstActivity: 'First', lastActivity: 'Last',
  finalBestScore: 'Final', finalAttempts: 'Final attempts', finalPassed: 'Final passed', certificateCode: 'Code', certificateIssued: 'Issued', identity: 'Identity', identities: { 'self-declared': 'Self-declared', company: 'Company', unregistered: 'Not registered' }, yes: 'Yes', no: 'No',
  statuses: { not_started: 'Not started', in_progress: 'In progress', completed: 'Completed' },
};

test('the export tables: one row per trainee and module, and the on-screen matrix', () => {
  const rows = buildMatrix(trainees, modules, { department: '华东销售部' });
  const long = progressTable(rows, modules, 'zh-CN', labels);
  expect(long.rows).toHaveLength(1 + 2 * 2);
  expect(long.columns).toHaveLength(long.rows[0]!.length);
  expect(long.rows[4]).toEqual(['E2', '王伟', '华东销售部', '2026 秋季第一期', 'Completed', 0.9, 1, 'Yes', 'ABCD-EFGH', '2026-11-21T09:00:00Z', 'Company', '01', '基础', 'Completed', 0.875, 2, 1.5, '2026-11-02T09:00:00Z', '2026-11-20T09:00:00Z']);
  expect(long.rows[1]!.slice(3, 4)).toEqual([null]);
  expect(long.rows[1]!.slice(11, 17)).toEqual(['00', '导论', 'Not started', null, 0, 0]);
  expect(csvCells(long)[4]![14]).toBe(87.5);
  const wide = matrixTable(rows, modules, 'en', labels);
  expect(wide.rows[0]).toEqual(['Employee ID', 'Name', 'Department', 'Cohort', 'Course', 'Final', 'Final attempts', 'Final passed', 'Code', 'Issued', 'Identity', 'Intro', 'Intro · Best score (%)', 'Basics', 'Basics · Best score (%)']);
  expect(wide.rows[1]).toEqual(['E1', '李娜', '华东销售部', null, 'In progress', null, 0, 'No', null, null, 'Self-declared', 'Not started', null, 'In progress', 0.5]);
  expect(wide.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'percent', 'integer', 'text', 'text', 'date', 'text', 'text', 'percent', 'text', 'percent']);
});

import { accountActor, actorKey, DEFAULT_HOME_PAGE, seededRandom, type CourseModuleInfo } from '../src/domain';
import { DEFAULT_COURSE_ID } from '../src/server/storage/migrations';
import type { Param, Sql } from '../src/server/storage/sql';

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲红燕波宁建国文斌浩晨欣怡佳琪宇轩子涵雨婷思远志海俊峰雪梅晓东'];
const DEPARTMENTS = ['华东销售部', '华南销售部', '华北销售部', '华中销售部', '西南销售部', '西北销售部', '东北销售部', '大客户部', '渠道销售部', '电话销售部', '海外销售部', '销售运营部'];
const COHORTS = ['2026 秋季第一期', '2026 秋季第二期', '2026 秋季第三期', '新员工营'];

/** Rows of `width` values inserted many to a statement (well under both backends' parameter limits). */
async function insertMany(q: Sql, head: string, width: number, rows: readonly Param[][]) {
  const per = Math.floor(5000 / width);
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    await q.run(`${head} VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
  }
}

/**
 * A large company's records, written through the storage port so either backend gets the same:
 * `trainees` registered trainees (most in a cohort) and, for each, a row for every module 01–09
 * (the worst case: every cell has a row). A row always means "begun", so each trainee has
 * completed the first k modules (read and passed), and the rest are in progress in realistic ways:
 * reading, read but failed, passed but not finished reading, or only opened. Module 00 (no quiz)
 * gets no row, so it stays "not started": the export still has one line per trainee for every
 * module of the course index.
 */
export async function seedCompany(sql: Sql, modules: readonly CourseModuleInfo[], trainees: number) {
  const rnd = seededRandom(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const withRows = modules.filter((m) => /^0[1-9]/.test(m.id));
  const start = Date.parse('2026-09-01T01:00:00Z');
  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const people: Param[][] = [];
  const members: Param[][] = [];
  const progress: Param[][] = [];
  for (let i = 0; i < trainees; i++) {
    const employeeId = `E${String(100_001 + i)}`;
    const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '');
    const registered = start + Math.floor(rnd() * 60 * day);
    people.push([employeeId, name, pick(DEPARTMENTS), iso(registered), iso(registered + Math.floor(rnd() * 5 * day))]);
    if (rnd() < 0.8) members.push([employeeId, pick(COHORTS), iso(registered)]);
    const key = actorKey(accountActor('', employeeId, DEFAULT_HOME_PAGE));
    // A quarter have finished everything; the others are somewhere along the way.
    const done = rnd() < 0.25 ? withRows.length : Math.floor(rnd() * withRows.length);
    let time = registered + Math.floor(rnd() * day);
    withRows.forEach((m, j) => {
      const first = time;
      let read = 0;
      let passed = 0;
      let best: number | null = null;
      let attempts = 0;
      let spent: number;
      if (j < done) {
        read = 1;
        passed = 1;
        attempts = rnd() < 0.7 ? 1 : 2 + Math.floor(rnd() * 2);
        best = 0.8 + Math.floor(rnd() * 5) * 0.05;
        spent = (12 + Math.floor(rnd() * 35)) * 60_000 + Math.floor(rnd() * 60_000);
      } else {
        const kind = rnd();
        if (kind < 0.3) {
          // Read everything, failed the quiz so far.
          read = 1;
          attempts = 1 + Math.floor(rnd() * 3);
          best = 0.4 + Math.floor(rnd() * 7) * 0.05;
          spent = (15 + Math.floor(rnd() * 30)) * 60_000;
        } else if (kind < 0.45) {
          // Passed the quiz first, some slides still unread.
          passed = 1;
          attempts = 1;
          best = 0.8 + Math.floor(rnd() * 5) * 0.05;
          spent = (5 + Math.floor(rnd() * 15)) * 60_000;
        } else if (kind < 0.75) {
          spent = (2 + Math.floor(rnd() * 20)) * 60_000; // reading
        } else spent = Math.floor(rnd() * 90_000); // only opened
      }
      time += spent + Math.floor(rnd() * 3 * day);
      progress.push([DEFAULT_COURSE_ID, key, m.id, employeeId, name, read, passed, best, attempts, spent, iso(first), iso(time)]);
    });
  }
  await sql.tx(async (q) => {
    await insertMany(q, 'INSERT INTO trainees (employee_id, name, department, registered, updated)', 5, people);
    await insertMany(q, 'INSERT INTO hr_cohort_members (employee_id, cohort, updated)', 3, members);
    await insertMany(
      q,
      'INSERT INTO progress (course_id, actor_key, module_id, employee_id, actor_name, read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity)',
      12,
      progress,
    );
  });
  return { rows: progress.length, modulesWithRows: withRows.length, cohortMembers: members.length };
}

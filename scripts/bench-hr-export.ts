// `npm run bench:hr-export`: HR's matrix and exports for a large company. 10,000 registered
// trainees with a progress row for each of modules 01–09 go straight into a fresh database, then
// the app is called in this process (no network) for GET /hr/api/progress, /hr/api/export.csv and
// /hr/api/export.xlsx; each one's time, size and memory are printed. The script exits 1 if a
// request fails, the CSV does not have one line per trainee and module, or the XLSX is no zip.
// BENCH_TRAINEES overrides the 10,000. Run with `npx tsx --expose-gc scripts/bench-hr-export.ts`
// to collect garbage before each request (global.gc is used when exposed).
// The records server is one process: while a request's synchronous work runs, no statement is
// stored, so the longest event-loop stall is printed too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { accountActor, actorKey, DEFAULT_HOME_PAGE, seededRandom, type CourseModuleInfo } from '../src/domain';
import { createApp } from '../src/server/app';
import { loadCourseIndex } from '../src/server/course-index';
import Database from 'better-sqlite3';
import { DEFAULT_COURSE_ID } from '../src/server/storage/migrations';
import { openStorage, sqliteFile } from '../src/server/storage/open';

type Db = Database.Database;
import { hashPassword } from '../src/server/hr/password';
import { ensureBuild } from './ensure-build';

/** The storage the app runs on: PostgreSQL when `DATABASE_URL` is set, the embedded SQLite otherwise. */
const BACKEND = process.env.DATABASE_URL ? 'postgres' : 'sqlite';
const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');
const mb = (bytes: number) => `${fmt.format(bytes / 1_048_576)} MB`;


const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲红燕波宁建国文斌浩晨欣怡佳琪宇轩子涵雨婷思远志海俊峰雪梅晓东'];
const DEPARTMENTS = ['华东销售部', '华南销售部', '华北销售部', '华中销售部', '西南销售部', '西北销售部', '东北销售部', '大客户部', '渠道销售部', '电话销售部', '海外销售部', '销售运营部'];

/**
 * 10,000 trainees and, for each, a row for every module 01–09 (the brief's worst case: every cell
 * has a row). A row always means "begun", so each trainee has completed the first k modules (read
 * and passed), and the rest are in progress in realistic ways: reading, read but failed, passed
 * but not finished reading, or only opened. Module 00 (no quiz) gets no row, so it stays "not
 * started": the export still has one line per trainee for every module of the course index.
 */
function seed(db: Db, modules: readonly CourseModuleInfo[], trainees: number) {
  const rnd = seededRandom(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const insertTrainee = db.prepare('INSERT INTO trainees (employee_id, name, department, registered, updated) VALUES (?, ?, ?, ?, ?)');
  const insertProgress = db.prepare(
    `INSERT INTO progress (course_id, actor_key, module_id, employee_id, actor_name, read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const withRows = modules.filter((m) => /^0[1-9]/.test(m.id));
  const start = Date.parse('2026-09-01T01:00:00Z');
  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  let rows = 0;
  db.transaction(() => {
    for (let i = 0; i < trainees; i++) {
      const employeeId = `E${String(100_001 + i)}`;
      const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '');
      const registered = start + Math.floor(rnd() * 60 * day);
      insertTrainee.run(employeeId, name, pick(DEPARTMENTS), iso(registered), iso(registered + Math.floor(rnd() * 5 * day)));
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
        insertProgress.run(DEFAULT_COURSE_ID, key, m.id, employeeId, name, read, passed, best, attempts, spent, iso(first), iso(time));
        rows++;
      });
    }
  })();
  return { rows, modulesWithRows: withRows.length };
}

/**
 * The process's peak RSS while a request runs, sampled every 10 ms. The timer runs in a worker
 * thread: the exports are built synchronously, so a setInterval on the main thread would not fire
 * until they were done. RSS is the whole process's, so the worker sees the main thread's memory.
 */
function rssSampler() {
  // [sampling (0/1), peak RSS in bytes, samples taken]
  const shared = new BigInt64Array(new SharedArrayBuffer(3 * 8));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const s = new BigInt64Array(workerData);
     setInterval(() => {
       if (Atomics.load(s, 0) !== 1n) return;
       const rss = BigInt(process.memoryUsage.rss());
       if (rss > Atomics.load(s, 1)) Atomics.store(s, 1, rss);
       Atomics.add(s, 2, 1n);
     }, 10);`,
    { eval: true, workerData: shared.buffer },
  );
  return {
    start() {
      Atomics.store(shared, 1, BigInt(process.memoryUsage.rss()));
      Atomics.store(shared, 2, 0n);
      Atomics.store(shared, 0, 1n);
    },
    stop() {
      Atomics.store(shared, 0, 0n);
      return { peak: Math.max(Number(Atomics.load(shared, 1)), process.memoryUsage.rss()), samples: Number(Atomics.load(shared, 2)) };
    },
    close: () => worker.terminate(),
  };
}

async function main() {
  const trainees = Number(process.env.BENCH_TRAINEES ?? 10_000);
  if (!Number.isInteger(trainees) || trainees < 1) {
    console.error(`BENCH_TRAINEES must be a whole number ≥ 1 (got ${process.env.BENCH_TRAINEES})`);
    process.exitCode = 1;
    return;
  }
  ensureBuild();
  const modules = loadCourseIndex('dist');
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-bench-hr-'));
  const sql = await openStorage({ dataDir });
  const db = new Database(sqliteFile(dataDir));
  const sampler = rssSampler();
  const failures: string[] = [];
  let xlsxFigures: { ms: number; peak: number } | undefined;
  const gc = (globalThis as { gc?: () => void }).gc;
  try {
    const seedStart = performance.now();
    const { rows, modulesWithRows } = seed(db, modules, trainees);
    console.log(
      `seeded ${whole.format(trainees)} trainees and ${whole.format(rows)} progress rows (${modulesWithRows} modules each; the course index has ${modules.length}) in ${fmt.format(performance.now() - seedStart)} ms, data in ${dataDir}`,
    );
    const app = createApp({ sql, modules, xapiUser: 'lrs', xapiPassword: 'bench', hrUser: 'hr', hrPasswordHash: await hashPassword('bench') });

    const login = await app.request('/hr/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'hr', password: 'bench' }) });
    const cookie = login.headers.get('Set-Cookie')?.split(';')[0];
    if (login.status !== 200 || !cookie) throw new Error(`the HR login answered ${login.status}: ${await login.text()}`);
    console.log(`global.gc ${gc ? 'is exposed: garbage is collected before each request' : 'is not exposed (npx tsx --expose-gc scripts/bench-hr-export.ts collects before each request)'}`);

    const measure = async (path: string) => {
      gc?.();
      const before = process.memoryUsage();
      const stalls = monitorEventLoopDelay({ resolution: 10 });
      stalls.enable();
      await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor's timer starts on a turn of the loop
      sampler.start();
      const t0 = performance.now();
      const res = await app.request(path, { headers: { Cookie: cookie } });
      const body = new Uint8Array(await res.arrayBuffer());
      const ms = performance.now() - t0;
      const { peak, samples } = sampler.stop();
      const after = process.memoryUsage();
      // Read on the next turn, so the stall that ends with the body is counted.
      await new Promise((resolve) => setTimeout(resolve, 20));
      stalls.disable();
      console.log(`GET ${path}: ${res.status}, ${fmt.format(ms)} ms, ${mb(body.length)}, event loop blocked up to ${fmt.format(stalls.max / 1e6)} ms`);
      console.log(`  rss ${mb(before.rss)} → ${mb(after.rss)} (peak ${mb(peak)}, ${samples} samples), heapUsed ${mb(before.heapUsed)} → ${mb(after.heapUsed)}`);
      if (res.status !== 200) failures.push(`GET ${path} answered ${res.status}: ${new TextDecoder().decode(body.slice(0, 300))}`);
      return Object.assign(body, { ms, peak });
    };

    // The matrix is paged: the last page of the largest size, sorted by a module (the dearest sort), counts and sorts every row.
    const pageSize = 500;
    const lastPage = Math.max(1, Math.ceil(trainees / pageSize));
    const progress = JSON.parse(new TextDecoder().decode(await measure(`/hr/api/progress?pageSize=${pageSize}&page=${lastPage}&sort=module:05-challenges&dir=desc`))) as { rows?: unknown[]; total?: number; matched?: number };
    const expectedRows = trainees - (lastPage - 1) * pageSize;
    if (progress.total !== trainees || progress.matched !== trainees || progress.rows?.length !== expectedRows)
      failures.push(`the progress page has ${progress.rows?.length} rows (${expectedRows} expected) of ${progress.matched} matched and ${progress.total} trainees, ${trainees} were expected`);

    // Counted in the bytes (every line ends with CRLF), so the bench keeps no copy of the text while the XLSX is measured.
    {
      const csv = await measure('/hr/api/export.csv?lang=zh-CN');
      let lines = 0;
      for (let i = 1; i < csv.length; i++) if (csv[i] === 0x0a && csv[i - 1] === 0x0d) lines++;
      const expected = 1 + trainees * modules.length;
      console.log(`  CSV lines: ${whole.format(lines)} (expected 1 header + ${whole.format(trainees)} × ${modules.length} modules = ${whole.format(expected)})`);
      if (lines !== expected) failures.push(`the CSV has ${whole.format(lines)} lines, ${whole.format(expected)} were expected`);
    }
    const xlsx = await measure('/hr/api/export.xlsx?lang=zh-CN');
    xlsxFigures = { ms: xlsx.ms, peak: xlsx.peak };
    const zip = xlsx[0] === 0x50 && xlsx[1] === 0x4b;
    console.log(`  XLSX starts with ${zip ? '"PK" (a zip)' : `bytes ${xlsx[0]} ${xlsx[1]} (not a zip)`}`);
    if (!zip) failures.push('the XLSX export is not a zip');
  } catch (e) {
    failures.push((e as Error).stack ?? String(e));
  } finally {
    await sampler.close();
    db.close();
    await sql.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failures.length) {
    for (const f of failures) console.error(`FAIL: ${f}`);
    process.exitCode = 1;
  } else console.log('OK: every request answered 200, the CSV has one line per trainee and module, the XLSX is a zip');
  // The last line, one per backend: the styled workbook's time and the process's peak memory while it was made.
  if (xlsxFigures) console.log(`${BACKEND} xlsx: ${Math.round(xlsxFigures.ms)} ms, peak RSS ${Math.round(xlsxFigures.peak / 1_048_576)} MB`);
}

await main();

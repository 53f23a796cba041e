// `npm run bench:hr-reviews`: HR's spaced-review report and item analysis over a large LRS. BENCH_TRAINEES
// registered trainees (2,000 by default) each have, for every module with a quiz, ten quiz answers,
// the pass and three review answers (252,000 statements for 2,000 trainees), written straight into
// a fresh SQLite database (or the PostgreSQL database of DATABASE_URL) with every summary stale,
// as after the upgrade that brought them. The report is then asked for three times: cold (it makes
// what it can in its time and says how many are left, the background making the rest), after the
// background has finished, and once more; then the item analysis, which adds up the practice
// summaries made beside them, twice; then HR's NDJSON export of 50 of the trainees, twice. Each line
// gives the time (the report's also the memory the process gained) and what was counted; the script
// exits 1 if the warm reports do not count every answer, or the export every statement of its trainees.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountActor, actorKey, activityIds, buildStatement, DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE, reviewStatement, type Statement } from '../src/domain';
import { loadCourseIndex } from '../src/server/course-index';
import { itemReport } from '../src/server/hr/item-report';
import { traineeRecords } from '../src/server/hr/trainee-records';
import { reviewReport } from '../src/server/hr/review-report';
import { learnerSummaries } from '../src/server/records/learner-summaries';
import { DEFAULT_COURSE_ID } from '../src/server/storage/migrations';
import { openStorage } from '../src/server/storage/open';
import { valueRows } from '../src/server/storage/sql';
import { ensureBuild } from './ensure-build';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 2000);
const a = activityIds(DEFAULT_COURSE_IRI);
const whole = new Intl.NumberFormat('en-US');

ensureBuild();
const modules = loadCourseIndex('dist');
const quizzes = modules.filter((m) => m.hasQuiz).map((m) => m.id);
const dataDir = mkdtempSync(join(tmpdir(), 'sta-bench-reviews-'));
const sql = await openStorage({ dataDir, databaseUrl: process.env.DATABASE_URL });
try {
  let n = 0;
  const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const seedStart = performance.now();
  for (let t = 0; t < TRAINEES; t++) {
    const trainee = { name: `学员${t}`, employeeId: `R${String(t).padStart(6, '0')}`, homePage: DEFAULT_HOME_PAGE };
    const statements: Statement[] = [];
    for (const [i, moduleId] of quizzes.entries()) {
      const at = new Date(Date.UTC(2026, 0, 5 + i * 7, 9)).toISOString();
      for (let q = 0; q < 10; q++)
        statements.push(
          buildStatement({ id: uuid(), trainee, verb: 'answered', object: { id: a.quizItem(moduleId, `q${q}`), type: 'interaction' }, parent: a.quiz(moduleId), result: { scaled: q % 3 ? 1 : 0, success: q % 3 !== 0, response: q % 2 ? 'a' : 'b' }, timestamp: at }),
        );
      statements.push(buildStatement({ id: uuid(), trainee, verb: 'passed', object: { id: a.quiz(moduleId), type: 'assessment' }, result: { scaled: 0.9, success: true }, timestamp: at }));
      for (let q = 0; q < 3; q++)
        statements.push(reviewStatement({ id: uuid(), trainee, answer: { id: 'r', key: `${moduleId}/q${q}`, score: 1, correct: true, at: new Date(Date.UTC(2026, 3, 1 + i, 9)).toISOString(), due: '2026-06-01T09:00:00.000Z' } }));
    }
    const key = actorKey(accountActor('', trainee.employeeId, DEFAULT_HOME_PAGE));
    await sql.tx(async (q) => {
      await q.run('INSERT INTO trainees (employee_id, name, department, registered, updated) VALUES (?, ?, ?, ?, ?)', [trainee.employeeId, trainee.name, '华东销售部', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
      await q.run(
        `INSERT INTO statements (id, stored, actor_key, verb_id, object_id, body) VALUES ${valueRows(statements.length, 6)}`,
        statements.flatMap((s) => [s.id, '2026-06-01T00:00:00.000Z', key, s.verb.id, s.object.id, JSON.stringify(s)]),
      );
      await q.run('INSERT INTO review_summaries (course_id, actor_key, version, stale) VALUES (?, ?, 1, 1)', [DEFAULT_COURSE_ID, key]);
    });
  }
  console.log(`${process.env.DATABASE_URL ? 'postgres' : 'sqlite'}: seeded ${whole.format(TRAINEES)} trainees and ${whole.format(n)} statements in ${whole.format(Math.round(performance.now() - seedStart))} ms, every summary stale`);

  const reviews = learnerSummaries(sql, DEFAULT_COURSE_IRI);
  const expected = TRAINEES * 3;
  let failed = false;
  for (const label of ['cold', 'after the background', 'again']) {
    globalThis.gc?.();
    const rss = process.memoryUsage.rss();
    const start = performance.now();
    const report = await reviewReport(sql, reviews, { homePage: DEFAULT_HOME_PAGE, courseIri: DEFAULT_COURSE_IRI, modules, now: new Date('2026-12-06T00:00:00Z') });
    const ms = performance.now() - start;
    const answered = report.modules.map((m) => m.retention.answered);
    console.log(`  ${label}: ${whole.format(Math.round(ms))} ms, +${whole.format(Math.max(0, Math.round((process.memoryUsage.rss() - rss) / 1e6)))} MB; ${whole.format(report.pending)} still being counted; review answers counted per module: ${answered.map((x) => whole.format(x)).join(', ')}`);
    if (label !== 'cold' && answered.some((x) => x !== expected)) failed = true;
    const background = performance.now();
    await reviews.refreshInBackground((e) => console.error(e));
    if (label === 'cold') console.log(`  the background made the rest in ${whole.format(Math.round(performance.now() - background))} ms`);
  }
  const items = itemReport(reviews, modules);
  for (const label of ['item analysis', 'item analysis again']) {
    globalThis.gc?.();
    const rss = process.memoryUsage.rss();
    const start = performance.now();
    const report = await items(() => true);
    const ms = performance.now() - start;
    const attempts = new Set(report.items.map((i) => i.attempts));
    console.log(`  ${label}: ${whole.format(Math.round(ms))} ms, +${whole.format(Math.max(0, Math.round((process.memoryUsage.rss() - rss) / 1e6)))} MB; ${whole.format(report.items.length)} items, attempts per item: ${[...attempts].map((x) => whole.format(x)).join(', ')}`);
    if (report.items.length !== quizzes.length * 10 || attempts.size !== 1 || !attempts.has(TRAINEES)) failed = true;
  }
  // HR's NDJSON export of a department: 50 of the trainees (spread over the whole LRS), twice.
  const records = traineeRecords(sql, DEFAULT_HOME_PAGE, DEFAULT_COURSE_IRI);
  const step = Math.max(1, Math.floor(TRAINEES / 50));
  const some = Array.from({ length: Math.min(50, TRAINEES) }, (_, i) => actorKey(accountActor('', `R${String(i * step).padStart(6, '0')}`, DEFAULT_HOME_PAGE)));
  const perTrainee = n / TRAINEES;
  for (const label of ['NDJSON export of 50 trainees', 'NDJSON export of 50 trainees again']) {
    const start = performance.now();
    let count = 0;
    for await (const line of records.statementsOf(some)) if (line) count += 1;
    console.log(`  ${label}: ${whole.format(Math.round(performance.now() - start))} ms; ${whole.format(count)} statements of ${whole.format(n)}`);
    if (count !== some.length * perTrainee) failed = true;
  }
  if (failed) {
    console.error(`FAILED: a warm report must count ${whole.format(expected)} review answers per module, the item analysis ${whole.format(TRAINEES)} attempts of each of ${whole.format(quizzes.length * 10)} items, and the export ${whole.format(perTrainee)} statements of each trainee`);
    process.exitCode = 1;
  }
} finally {
  await sql.close();
  rmSync(dataDir, { recursive: true, force: true });
}

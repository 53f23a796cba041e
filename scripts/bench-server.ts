// `npm run bench:server`: the records server under a classroom's load. 50 trainees register,
// then 50 concurrent clients (one trainee each, each with its own token) send 20,000 realistic
// statements, one per POST, and the figures are printed: throughput and latency percentiles.
// Afterwards every statement must be in the database and the progress table must have been
// kept current; the script exits 1 if not. BENCH_STATEMENTS, BENCH_CLIENTS and
// BENCH_IN_PROCESS=1 (server and clients in one process, for comparison) override.
//
// Why a child process: the server and the load generator both run JavaScript on one event loop
// each. In one process, on this 2-core machine, the 50 clients' fetch work would queue behind
// the server's request handling (and the other way round), so a measured latency would include
// the client's own time. Forking the server (this same file with --serve) gives it its own
// process and core, as in production; the statements are built before the clock starts, so the
// clients do little more than send.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activityIds, buildStatement, DEFAULT_HOME_PAGE, isCourseVerdict, quizStatements, seededRandom, type CourseModuleInfo, type Statement, type Trainee } from '../src/domain';
import { loadCourseIndex } from '../src/server/course-index';
import { startRecordsServer } from '../src/server/records-server';
import { LOOPBACK_BENCH_ENV } from '../src/server/settings';
import { ensureBuild } from './ensure-build';

// Every client is on 127.0.0.1, so the per-address limits (registrations…) are raised for the bench.
const ENV = { HR_PASSWORD: 'bench', XAPI_PASSWORD: 'bench', ...LOOPBACK_BENCH_ENV };

interface ServerReport {
  statements: number;
  progress: number;
  rssMb: number;
  cpuMs: number;
}

type ChildMessage = { kind: 'ready'; url: string } | { kind: 'closed'; report: ServerReport } | { kind: 'error'; message: string };

/** Counts what the server stored, then stops it (the counts come first: close() closes the db). */
async function countAndClose(server: Awaited<ReturnType<typeof startRecordsServer>>, cpuAtStart: NodeJS.CpuUsage): Promise<ServerReport> {
  const count = (table: 'statements' | 'progress') => (server.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const cpu = process.cpuUsage(cpuAtStart);
  const report = { statements: count('statements'), progress: count('progress'), rssMb: process.memoryUsage.rss() / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 };
  await server.close();
  return report;
}

/** The child: serves until the parent asks for the counts. */
async function serve() {
  const send = (m: ChildMessage) => process.send!(m);
  try {
    const server = await startRecordsServer({ root: 'dist', dataDir: process.env.BENCH_DATA_DIR!, host: '127.0.0.1', port: 0, env: ENV });
    let cpuAtStart = process.cpuUsage();
    process.on('message', (m: string) => {
      if (m === 'load-starts') cpuAtStart = process.cpuUsage();
      if (m === 'close') void countAndClose(server, cpuAtStart).then((report) => send({ kind: 'closed', report }));
    });
    // Never outlive the parent.
    process.on('disconnect', () => process.exit(0));
    send({ kind: 'ready', url: server.url });
  } catch (e) {
    send({ kind: 'error', message: (e as Error).stack ?? String(e) });
    process.exit(1);
  }
}

interface Running {
  url: string;
  loadStarts(): void;
  /** Stops the server and reports what it stored. */
  stop(): Promise<ServerReport>;
  kill(): void;
}

function waitFor<K extends ChildMessage['kind']>(child: ChildProcess, kind: K): Promise<Extract<ChildMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ChildMessage) => {
      if (m.kind === kind) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m as Extract<ChildMessage, { kind: K }>);
      } else if (m.kind === 'error') reject(new Error(`the server failed: ${m.message}`));
    };
    const onExit = (code: number | null) => reject(new Error(`the server exited (code ${code}) before "${kind}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function startServer(dataDir: string, inProcess: boolean): Promise<Running> {
  if (inProcess) {
    const server = await startRecordsServer({ root: 'dist', dataDir, host: '127.0.0.1', port: 0, env: ENV });
    let cpuAtStart = process.cpuUsage();
    return {
      url: server.url,
      loadStarts: () => (cpuAtStart = process.cpuUsage()),
      stop: () => countAndClose(server, cpuAtStart),
      kill: () => void server.close(),
    };
  }
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { url } = await waitFor(child, 'ready');
  return {
    url,
    loadStarts: () => child.send('load-starts'),
    async stop() {
      const closed = waitFor(child, 'closed');
      child.send('close');
      const { report } = await closed;
      child.disconnect();
      return report;
    },
    kill: () => void child.kill(),
  };
}


const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '丽', '建华', '晓东'];
const DEPARTMENTS = ['华东销售部', '华南销售部', '华北销售部', '西南销售部', '大客户部', '渠道销售部'];

/**
 * What one trainee's browser sends, in order: each module's slides (experienced, with a reading
 * time), the module read (`progressed` to 100), then its quiz's answers (each item answered), module
 * after module, and round again (review) until `count` statements.
 */
function traineeStatements(trainee: Trainee, modules: readonly CourseModuleInfo[], count: number, seed: number): Statement[] {
  const rnd = seededRandom(seed);
  const a = activityIds();
  const registration = randomUUID();
  const out: Statement[] = [];
  let time = Date.parse('2026-11-02T09:00:00Z') + Math.floor(rnd() * 3_600_000);
  const stamp = (ms: number) => new Date((time += ms)).toISOString();
  const common = { trainee, registration, language: 'zh-CN' };
  while (out.length < count) {
    for (const m of modules) {
      const slides = 8 + Math.floor(rnd() * 7);
      for (let s = 1; s <= slides; s++) {
        const durationMs = 20_000 + Math.floor(rnd() * 160_000);
        out.push(
          buildStatement({
            ...common,
            id: randomUUID(),
            verb: 'experienced',
            object: { id: a.slide(m.id, `slide-${String(s).padStart(2, '0')}`), type: 'lesson' },
            parent: a.module(m.id),
            result: { durationMs },
            timestamp: stamp(durationMs),
          }),
        );
      }
      // Read to the end: the server writes the module's `completed` from this.
      out.push(buildStatement({ ...common, id: randomUUID(), verb: 'progressed', object: { id: a.module(m.id), type: 'module', name: m.title }, result: { progress: 100 }, timestamp: stamp(1000) }));
      if (!m.hasQuiz) continue;
      for (let attempt = 0; attempt < 2; attempt++) {
        const items = Array.from({ length: 5 }, (_, i) => ({ itemId: `q${i + 1}`, score: rnd() < 0.8 ? 1 : 0, response: rnd() < 0.5 ? 'a' : 'b[,]c' }));
        const scaled = items.reduce((sum, i) => sum + i.score, 0) / items.length;
        const passed = scaled >= 0.8;
        const timestamp = stamp(60_000 + Math.floor(rnd() * 240_000));
        const ids = items.map(() => randomUUID()).concat(randomUUID());
        // The items' answers; the verdict is the server's to write (a trainee token may not send it).
        out.push(...quizStatements({ ids, trainee, moduleId: m.id, items, scaled, passed, durationMs: 120_000 + Math.floor(rnd() * 300_000), timestamp, registration }).filter((s) => !isCourseVerdict(s, a.course)));
        if (passed) break;
      }
    }
  }
  return out.slice(0, count);
}

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');

function percentile(sorted: readonly number[], q: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function main() {
  const total = Number(process.env.BENCH_STATEMENTS ?? 20_000);
  const clients = Number(process.env.BENCH_CLIENTS ?? 50);
  const inProcess = process.env.BENCH_IN_PROCESS === '1';
  if (!Number.isInteger(total) || !Number.isInteger(clients) || total < 1 || clients < 1 || clients > total) {
    console.error(`BENCH_STATEMENTS and BENCH_CLIENTS must be whole numbers, 1 ≤ clients ≤ statements (got ${total}, ${clients})`);
    process.exitCode = 1;
    return;
  }
  ensureBuild();
  const modules = loadCourseIndex('dist');
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-bench-server-'));
  let server: Running | undefined;
  const failures: string[] = [];
  try {
    server = await startServer(dataDir, inProcess);
    const { url } = server;
    console.log(`records server at ${url} (${inProcess ? 'in this process' : 'child process'}), data in ${dataDir}`);

    // Registration: each client is one trainee with its own token.
    const registerStart = performance.now();
    const trainees = await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const profile = { name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`, employeeId: `BENCH${String(i + 1).padStart(4, '0')}`, department: DEPARTMENTS[i % DEPARTMENTS.length]! };
        const res = await fetch(`${url}/api/trainees`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(profile) });
        if (res.status !== 201) throw new Error(`registering ${profile.employeeId} answered ${res.status}: ${await res.text()}`);
        const { token } = (await res.json()) as { token: string };
        return { token, trainee: { name: profile.name, employeeId: profile.employeeId, homePage: DEFAULT_HOME_PAGE } };
      }),
    );
    console.log(`registered ${clients} trainees in ${fmt.format(performance.now() - registerStart)} ms`);

    // The bodies are built before the clock starts: the clients then only send.
    const plans = trainees.map((t, i) => {
      const count = Math.floor(total / clients) + (i < total % clients ? 1 : 0);
      return { token: t.token, bodies: traineeStatements(t.trainee, modules, count, i + 1).map((s) => ({ id: s.id, body: JSON.stringify(s) })) };
    });
    const verbs = new Map<string, number>();
    for (const p of plans) for (const b of p.bodies) {
      const verb = (JSON.parse(b.body) as Statement).verb.display['en-US']!;
      verbs.set(verb, (verbs.get(verb) ?? 0) + 1);
    }
    console.log(`statement mix: ${[...verbs].map(([v, n]) => `${v} ${whole.format(n)}`).join(', ')}`);

    const latencies: number[] = [];
    let slowest = { ms: 0, at: 0 };
    const statuses = new Map<number, number>();
    const wrongIds: string[] = [];
    const errors: string[] = [];
    server.loadStarts();
    const clientCpuAtStart = process.cpuUsage();
    const start = performance.now();
    await Promise.all(
      plans.map(async ({ token, bodies }) => {
        const headers = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: `Bearer ${token}` };
        for (const { id, body } of bodies) {
          const t0 = performance.now();
          try {
            const res = await fetch(`${url}/xapi/statements`, { method: 'POST', headers, body });
            const text = await res.text();
            const ms = performance.now() - t0;
            latencies.push(ms);
            if (ms > slowest.ms) slowest = { ms, at: t0 - start };
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (res.ok && (JSON.parse(text) as string[])[0] !== id) wrongIds.push(id);
            else if (!res.ok && errors.length < 5) errors.push(`${res.status} ${text}`);
          } catch (e) {
            latencies.push(performance.now() - t0);
            statuses.set(0, (statuses.get(0) ?? 0) + 1);
            if (errors.length < 5) errors.push(String(e));
          }
        }
      }),
    );
    const elapsedMs = performance.now() - start;
    const clientCpu = process.cpuUsage(clientCpuAtStart);
    latencies.sort((a, b) => a - b);
    const sent = latencies.length;

    console.log(`statements sent: ${whole.format(sent)} (${clients} concurrent clients, one statement per POST)`);
    console.log(`elapsed: ${fmt.format(elapsedMs / 1000)} s`);
    console.log(`throughput: ${fmt.format(sent / (elapsedMs / 1000))} statements/s`);
    console.log(
      `latency: p50 ${fmt.format(percentile(latencies, 0.5))} ms, p95 ${fmt.format(percentile(latencies, 0.95))} ms, p99 ${fmt.format(percentile(latencies, 0.99))} ms, max ${fmt.format(latencies.at(-1)!)} ms (sent ${fmt.format(slowest.at / 1000)} s into the run)`,
    );
    console.log(`responses: ${[...statuses].map(([s, n]) => `${s === 0 ? 'network error' : s} × ${whole.format(n)}`).join(', ')}`);

    const report = await server.stop();
    server = undefined;
    const cpu = (ms: number) => `${fmt.format(ms / 1000)} s CPU (${fmt.format((100 * ms) / elapsedMs)}% of one core, ${fmt.format((ms * 1000) / sent)} µs per statement)`;
    if (!inProcess) console.log(`clients (this process) during the load: ${cpu((clientCpu.user + clientCpu.system) / 1000)}`);
    console.log(`server ${inProcess ? 'and clients' : 'process'} during the load: ${cpu(report.cpuMs)}, RSS at the end ${fmt.format(report.rssMb)} MB`);
    console.log(`stored: ${whole.format(report.statements)} statements, ${whole.format(report.progress)} progress rows`);

    const ok = statuses.get(200) ?? 0;
    if (sent !== total) failures.push(`${whole.format(sent)} requests were sent, ${whole.format(total)} were planned`);
    if ([...statuses.keys()].some((s) => s < 200 || s > 299)) failures.push(`${whole.format(sent - ok)} requests did not answer 2xx (${errors.join(' | ')})`);
    if (wrongIds.length) failures.push(`${wrongIds.length} answers did not return the statement's id (first: ${wrongIds[0]})`);
    if (report.statements !== total) failures.push(`the database holds ${whole.format(report.statements)} statements, ${whole.format(total)} were sent`);
    if (report.progress === 0) failures.push('the progress table is empty');
  } catch (e) {
    failures.push((e as Error).stack ?? String(e));
  } finally {
    server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (failures.length) {
    for (const f of failures) console.error(`FAIL: ${f}`);
    process.exitCode = 1;
  } else console.log('OK: every request answered 2xx, every statement was stored, the progress table is filled');
}

if (process.argv.includes('--serve')) await serve();
else await main();

// `npm run bench:server`: the records server under a classroom's load, in the two shapes a
// browser sends. 50 trainees register, then 50 concurrent clients (one trainee each, each with its
// own token) send 20,000 realistic statements: `single`, one statement per POST, and `batched`,
// ten per POST as the browser's queue flushes them. Each shape runs three times on a fresh server
// and database; the figures of each run are printed, then the median of the three. Afterwards
// every statement must be in the database and the progress table kept current; the script exits 1
// if not. The backend is SQLite in a temporary data directory, or PostgreSQL when DATABASE_URL is
// set (it is handed to the server). BENCH_STATEMENTS, BENCH_CLIENTS, BENCH_RUNS and BENCH_SHAPES
// (`single,batched`) override; BENCH_CPU_PROFILE=DIR writes the server's CPU profile (node
// --cpu-prof) of each run to DIR. BENCH_RATE=N paces the clients at N statements/s together
// instead of sending back to back: the figures are then the latency at that load, not the most
// the server can take. BENCH_SLO_MS=X instead looks for the highest paced rate (in steps of
// BENCH_SLO_STEP, 1,000 by default, from BENCH_SLO_FROM, 1,000 by default) at which the p99 stays
// under X ms: a capacity at that latency, one run per rate unless BENCH_RUNS says otherwise.
//
// Why a child process: the server and the load generator each run JavaScript on one event loop.
// Forking the server (this same file with --serve) gives it its own process, as in production;
// the clients are on this same 2-core machine, so their CPU is printed beside the server's.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourseIndex } from '../src/server/course-index';
import { startRecordsServer } from '../src/server/records-server';
import { LOOPBACK_BENCH_ENV } from '../src/server/settings';
import { benchBackends } from './bench-backends';
import { ensureBuild } from './ensure-build';
import { planLoad, registerTrainees, sendLoad } from './bench-server-load';

// Every client is on 127.0.0.1, so the per-address limits (registrations…) are raised for the bench.
const ENV = { HR_PASSWORD: 'bench', XAPI_PASSWORD: 'bench', ...LOOPBACK_BENCH_ENV };
const SHAPES = { single: 1, batched: 10 } as const;
type Shape = keyof typeof SHAPES;

interface ServerReport {
  statements: number;
  progress: number;
  rssMb: number;
  cpuMs: number;
}

type ChildMessage = { kind: 'ready'; url: string } | { kind: 'closed'; report: ServerReport } | { kind: 'error'; message: string };

/** The child: serves until the parent asks for the counts, then stops (the counts come first: close() closes the db). */
async function serve() {
  const send = (m: ChildMessage, then?: () => void) => process.send!(m, undefined, undefined, then);
  try {
    const env = { ...ENV, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) };
    // Started as `npm start` starts it, warmed up (BENCH_WARM_UP=0 leaves that out, for the cold figures).
    const server = await startRecordsServer({ root: 'dist', dataDir: process.env.BENCH_DATA_DIR!, host: '127.0.0.1', port: 0, env, warmUp: process.env.BENCH_WARM_UP !== '0' });
    let cpuAtStart = process.cpuUsage();
    process.on('message', async (m: string) => {
      if (m === 'load-starts') cpuAtStart = process.cpuUsage();
      if (m !== 'close') return;
      const cpu = process.cpuUsage(cpuAtStart);
      const count = async (table: 'statements' | 'progress') => Number((await server.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0);
      const report = { statements: await count('statements'), progress: await count('progress'), rssMb: process.memoryUsage.rss() / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 };
      // The child ends itself (process.exit, not a kill) so that --cpu-prof writes its profile.
      const exit = () => process.exit(0);
      server.close().then(
        () => send({ kind: 'closed', report }, exit),
        (e: Error) => send({ kind: 'error', message: e.stack ?? String(e) }, exit),
      );
    });
    // Never outlive the parent.
    process.on('disconnect', () => process.exit(0));
    send({ kind: 'ready', url: server.url });
  } catch (e) {
    send({ kind: 'error', message: (e as Error).stack ?? String(e) });
    process.exit(1);
  }
}

function waitFor<K extends ChildMessage['kind']>(child: ChildProcess, kind: K): Promise<Extract<ChildMessage, { kind: K }>> {
  return new Promise((resolvePromise, reject) => {
    const onMessage = (m: ChildMessage) => {
      if (m.kind === kind) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolvePromise(m as Extract<ChildMessage, { kind: K }>);
      } else if (m.kind === 'error') reject(new Error(`the server failed: ${m.message}`));
    };
    const onExit = (code: number | null) => reject(new Error(`the server exited (code ${code}) before "${kind}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function startServer(dataDir: string, databaseUrl: string | undefined, profileDir: string | undefined) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    env: { ...inherited, BENCH_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const { url } = await waitFor(child, 'ready');
  return {
    url,
    loadStarts: () => child.send('load-starts'),
    /** Stops the server and reports what it stored. */
    async stop(): Promise<ServerReport> {
      const closed = waitFor(child, 'closed');
      child.send('close');
      const { report } = await closed;
      await exited;
      return report;
    },
    kill: () => void child.kill(),
  };
}

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
/** The closing lines are read by scripts: no grouping separators. */
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 1, useGrouping: false });
const percentile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface RunFigures {
  perSecond: number;
  p50: number;
  p99: number;
  warmP99: number;
  clientUs: number;
  serverUs: number;
}

/** One run of one shape on a fresh server and database; pushes what went wrong to `failures`. */
async function run(shape: Shape, total: number, clients: number, rate: number | undefined, databaseUrl: string | undefined, profileDir: string | undefined, failures: string[]): Promise<RunFigures | undefined> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-bench-server-'));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer(dataDir, databaseUrl, profileDir);
    const trainees = await registerTrainees(server.url, clients);
    const { plans } = planLoad(trainees, loadCourseIndex('dist'), total, SHAPES[shape]);
    server.loadStarts();
    const load = await sendLoad(server.url, plans, rate ? { statementsPerSecond: rate, perPost: SHAPES[shape] } : undefined);
    const report = await server.stop();
    server = undefined;
    const posts = load.latencies.length;
    const ok = load.statuses.get(200) ?? 0;
    const figures = {
      perSecond: total / (load.elapsedMs / 1000),
      p50: percentile(load.latencies, 0.5),
      p99: percentile(load.latencies, 0.99),
      warmP99: percentile(load.warmLatencies, 0.99),
      clientUs: (load.clientCpuMs * 1000) / total,
      serverUs: (report.cpuMs * 1000) / total,
    };
    console.log(
      `  ${shape}: ${whole.format(figures.perSecond)} statements/s in ${fmt.format(load.elapsedMs / 1000)} s; per POST p50 ${fmt.format(figures.p50)} ms, p99 ${fmt.format(figures.p99)} ms, max ${fmt.format(load.latencies.at(-1)!)} ms; p99 once warm ${fmt.format(figures.warmP99)} ms; ` +
        `CPU per statement: clients ${whole.format(figures.clientUs)} µs, server ${whole.format(figures.serverUs)} µs (${whole.format((100 * report.cpuMs) / load.elapsedMs)}% of a core); server RSS ${whole.format(report.rssMb)} MB`,
    );
    const failed = failures.length;
    const fail = (why: string) => failures.push(`${shape}: ${why}`);
    if (ok !== posts) fail(`${whole.format(posts - ok)} of ${whole.format(posts)} POSTs did not answer 200 (${[...load.statuses].map(([s, n]) => `${s || 'network error'} × ${n}`).join(', ')}: ${load.errors.join(' | ')})`);
    if (load.wrongAnswers) fail(`${load.wrongAnswers} answers did not return the ids of the statements sent`);
    // The server adds its own (a module's `completed` once the page says it was read), so there may be more, never fewer.
    if (report.statements < total) fail(`the database holds ${whole.format(report.statements)} statements, ${whole.format(total)} were sent`);
    if (report.progress === 0) fail('the progress table is empty');
    // A run that lost or refused statements has no figures to count.
    return failures.length === failed ? figures : undefined;
  } catch (e) {
    failures.push(`${shape}: ${(e as Error).stack ?? String(e)}`);
    return undefined;
  } finally {
    server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const total = Number(process.env.BENCH_STATEMENTS ?? 20_000);
  const clients = Number(process.env.BENCH_CLIENTS ?? 50);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const shapes = (process.env.BENCH_SHAPES ?? 'single,batched').split(',').map((s) => s.trim()) as Shape[];
  const rate = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
  if (rate !== undefined && !(rate > 0)) {
    console.error(`BENCH_RATE must be a number of statements per second above 0 (got ${process.env.BENCH_RATE})`);
    process.exitCode = 1;
    return;
  }
  if (!Number.isInteger(total) || !Number.isInteger(clients) || !Number.isInteger(runs) || total < 1 || clients < 1 || clients > total || runs < 1 || shapes.some((s) => !(s in SHAPES))) {
    console.error(`BENCH_STATEMENTS, BENCH_CLIENTS and BENCH_RUNS must be whole numbers, 1 ≤ clients ≤ statements, and BENCH_SHAPES a list of single, batched (got ${total}, ${clients}, ${runs}, ${shapes.join(',')})`);
    process.exitCode = 1;
    return;
  }
  const profileDir = process.env.BENCH_CPU_PROFILE ? resolve(process.env.BENCH_CPU_PROFILE) : undefined;
  ensureBuild();
  if (process.env.BENCH_SLO_MS) return capacityWithin(Number(process.env.BENCH_SLO_MS), total, clients, Number(process.env.BENCH_RUNS ?? 1), shapes, profileDir);
  const failures: string[] = [];
  const results: [string, Shape, RunFigures[]][] = [];
  for (const backend of await benchBackends()) {
    console.log(`${backend.name}: ${clients} concurrent clients (one trainee and token each, on this machine) send ${whole.format(total)} statements${rate ? `, paced at ${whole.format(rate)} statements/s together` : ' back to back'}; ${runs} runs per shape, each on a fresh server and database`);
    try {
      for (const shape of shapes) {
        const figures: RunFigures[] = [];
        for (let i = 0; i < runs; i++) {
          const f = await run(shape, total, clients, rate, await backend.freshUrl(), profileDir, failures);
          if (f) figures.push(f);
        }
        results.push([backend.name, shape, figures]);
      }
    } finally {
      backend.stop();
    }
  }
  if (profileDir) console.log(`server CPU profiles in ${profileDir}`);
  if (failures.length) {
    for (const f of failures) console.error(`FAIL: ${f}`);
    process.exitCode = 1;
  } else console.log('OK: every POST answered 200 with its ids, every statement was stored, the progress table is filled');
  console.log(`medians of ${runs} runs (CPU per statement: clients / server; p99 of the POSTs sent after the first fifth of each run, once the server is warm):`);
  for (const [backend, shape, figures] of results)
    if (figures.length)
      console.log(
        `  ${backend} ${shape}: ${whole.format(median(figures.map((f) => f.clientUs)))} µs / ${whole.format(median(figures.map((f) => f.serverUs)))} µs; p99 once warm ${fmt.format(median(figures.map((f) => f.warmP99)))} ms`,
      );
  for (const [backend, shape, figures] of results) {
    if (!figures.length) continue;
    const p99 = plain.format(median(figures.map((f) => f.p99)));
    // Paced, the rate is the one asked for, not what the server can take: the line says so, so it is never read as a capacity.
    if (rate) console.log(`${backend} ${shape} paced at ${rate} statements/s: ${Math.round(median(figures.map((f) => f.perSecond)))} statements/s sent and answered, p99 ${p99} ms`);
    else console.log(`${backend} ${shape}: ${Math.round(median(figures.map((f) => f.perSecond)))} statements/s, p99 ${p99} ms`);
  }
}

/**
 * The highest paced rate, in steps, at which each backend and shape answers with a p99 under
 * `sloMs` (the median of `runs` runs per rate); stops at the first rate that misses it.
 */
async function capacityWithin(sloMs: number, total: number, clients: number, runs: number, shapes: Shape[], profileDir: string | undefined) {
  const from = Number(process.env.BENCH_SLO_FROM ?? 1000);
  const step = Number(process.env.BENCH_SLO_STEP ?? 1000);
  if (!(sloMs > 0) || !(from > 0) || !(step > 0) || !Number.isInteger(runs) || runs < 1) {
    console.error(`BENCH_SLO_MS, BENCH_SLO_FROM and BENCH_SLO_STEP must be numbers above 0, BENCH_RUNS a whole number from 1 (got ${sloMs}, ${from}, ${step}, ${runs})`);
    process.exitCode = 1;
    return;
  }
  const failures: string[] = [];
  const lines: string[] = [];
  for (const backend of await benchBackends()) {
    try {
      for (const shape of shapes) {
        let kept: { rate: number; p99: number } | undefined;
        let missed: { rate: number; p99: number } | undefined;
        for (let rate = from; !missed && failures.length === 0; rate += step) {
          const figures: RunFigures[] = [];
          for (let i = 0; i < runs; i++) {
            const f = await run(shape, total, clients, rate, await backend.freshUrl(), profileDir, failures);
            if (f) figures.push(f);
          }
          if (!figures.length) break;
          const p99 = median(figures.map((f) => f.p99));
          // A rate the clients could not even send (or the server answer) in time is missed too.
          const within = p99 < sloMs && median(figures.map((f) => f.perSecond)) >= rate * 0.98;
          console.log(`  ${backend.name} ${shape} paced at ${whole.format(rate)} statements/s: p99 ${fmt.format(p99)} ms${within ? '' : ' (missed)'}`);
          if (within) kept = { rate, p99 };
          else missed = { rate, p99 };
        }
        lines.push(
          kept
            ? `${backend.name} ${shape} within p99 ${sloMs} ms: ${kept.rate} statements/s paced (p99 ${plain.format(kept.p99)} ms)${missed ? `; at ${missed.rate}/s p99 ${plain.format(missed.p99)} ms` : ''}`
            : `${backend.name} ${shape} within p99 ${sloMs} ms: not even at ${from} statements/s${missed ? ` (p99 ${plain.format(missed.p99)} ms)` : ''}`,
        );
      }
    } finally {
      backend.stop();
    }
  }
  for (const f of failures) console.error(`FAIL: ${f}`);
  if (failures.length) process.exitCode = 1;
  for (const line of lines) console.log(line);
}

if (process.argv.includes('--serve')) await serve();
else await main();

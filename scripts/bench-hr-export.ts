// `npm run bench:hr-export`: HR's matrix and exports for a large company, on each backend (see
// bench-backends.ts: SQLite, and PostgreSQL when its binaries are installed or DATABASE_URL is
// set). 10,000 registered trainees with a progress row for each of modules 01–09 are written into
// a fresh database through the storage port, then a records server is started on it in a child
// process, as in production, and asked over HTTP for GET /hr/api/progress, /hr/api/export.csv,
// /hr/api/statements.ndjson and /hr/api/export.xlsx (the styled workbook, BENCH_RUNS times, 3 by
// default); each one's time (to the last byte received), size, the server's peak memory and the
// longest its event loop was held at a time (what statements and live answers waited at most)
// are printed. The script exits 1 if a request fails, the CSV does not have one line per trainee
// and module, or the XLSX is no zip.
// BENCH_TRAINEES overrides the 10,000; BENCH_CPU_PROFILE=DIR writes the server's CPU profiles.
//
// Peak memory is the server process's own high-water mark (VmHWM in /proc, which the kernel keeps
// exactly; it is reset before each request, and garbage is collected in the server first), so it
// counts the server's every thread (the report worker included) and nothing of this script.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourseIndex } from '../src/server/course-index';
import { startRecordsServer } from '../src/server/records-server';
import { openStorage } from '../src/server/storage/open';
import { benchBackends } from './bench-backends';
import { seedCompany } from './bench-hr-seed';
import { ensureBuild } from './ensure-build';

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');
const mb = (bytes: number) => `${fmt.format(bytes / 1_048_576)} MB`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type ChildMessage = { kind: 'ready'; url: string } | { kind: 'collected' } | { kind: 'stall'; ms: number } | { kind: 'error'; message: string };

/** The child: a records server on the bench's database, which collects garbage when asked. */
async function serve() {
  const send = (m: ChildMessage) => process.send!(m);
  try {
    const env = { HR_PASSWORD: 'bench', XAPI_PASSWORD: 'bench', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) };
    const server = await startRecordsServer({ root: 'dist', dataDir: process.env.BENCH_DATA_DIR!, host: '127.0.0.1', port: 0, env, log: () => undefined });
    const gc = (globalThis as { gc?: () => void }).gc;
    // How long the event loop, which takes statements and live answers, was held at a time during a request.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    process.on('message', (m: string) => {
      if (m === 'gc') {
        gc?.();
        // The collection itself held the loop: the delay it left is recorded when the monitor's timer next fires.
        setTimeout(() => {
          loop.reset();
          send({ kind: 'collected' });
        }, 20);
      } else if (m === 'stall') send({ kind: 'stall', ms: loop.max / 1e6 });
      else if (m === 'close') void server.close().then(() => process.exit(0));
    });
    process.on('disconnect', () => process.exit(0));
    send({ kind: 'ready', url: server.url });
  } catch (e) {
    send({ kind: 'error', message: (e as Error).stack ?? String(e) });
    process.exit(1);
  }
}

function waitFor(child: ChildProcess, kind: ChildMessage['kind']): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ChildMessage) => {
      if (m.kind === kind) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m);
      } else if (m.kind === 'error') reject(new Error(`the server failed: ${m.message}`));
    };
    const onExit = (code: number | null) => reject(new Error(`the server exited (code ${code}) before "${kind}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The server process's CPU time so far (user + system, all its threads), in ms: a figure a busy machine does not inflate as it does the elapsed time. */
function cpuOf(pid: number) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  // utime and stime are the 14th and 15th fields, counted in clock ticks (100 a second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The server process's memory from /proc: its resident size now and its high-water mark, in bytes. */
function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function startServer(dataDir: string, databaseUrl: string | undefined) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const profile = process.env.BENCH_CPU_PROFILE;
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])],
    env: { ...inherited, BENCH_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const { url } = (await waitFor(child, 'ready')) as { url: string };
  return {
    url,
    pid: child.pid!,
    async collect() {
      const done = waitFor(child, 'collected');
      child.send('gc');
      await done;
    },
    /** The longest the server's event loop was held since the last `collect`, in ms. */
    async stall() {
      const answer = waitFor(child, 'stall');
      child.send('stall');
      return ((await answer) as { ms: number }).ms;
    },
    async stop() {
      child.send('close');
      await exited;
    },
    kill: () => void child.kill(),
  };
}

interface Measured {
  status: number;
  ms: number;
  bytes: number;
  peak: number;
  head: Uint8Array;
  crlf: number;
  cpu: number;
}

/** One GET against the server: time to the last byte, the body's size and CRLF count, the server's peak memory. */
async function measure(server: Awaited<ReturnType<typeof startServer>>, path: string, cookie: string): Promise<Measured> {
  await server.collect();
  const before = memoryOf(server.pid);
  // Writing 5 to clear_refs resets the high-water mark to the present resident size.
  let reset = true;
  try {
    writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
  } catch {
    reset = false;
  }
  // Where the mark cannot be reset, the resident size is sampled instead (this process's loop is free: the server is another process).
  let sampled = before.rss;
  const sampler = reset ? undefined : setInterval(() => (sampled = Math.max(sampled, memoryOf(server.pid).rss)), 10);
  const cpu0 = cpuOf(server.pid);
  const t0 = performance.now();
  const res = await fetch(server.url + path, { headers: { Cookie: cookie } });
  let bytes = 0;
  let crlf = 0;
  let last = 0;
  const head = new Uint8Array(2);
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    for (let i = 0; i < chunk.length; i++) {
      if (bytes + i < 2) head[bytes + i] = chunk[i]!;
      if (chunk[i] === 0x0a && last === 0x0d) crlf++;
      last = chunk[i]!;
    }
    bytes += chunk.length;
  }
  const ms = performance.now() - t0;
  const cpu = cpuOf(server.pid) - cpu0;
  const stall = await server.stall();
  if (sampler) clearInterval(sampler);
  const after = memoryOf(server.pid);
  const peak = reset ? after.peak : Math.max(sampled, after.rss);
  console.log(`GET ${path}: ${res.status}, ${fmt.format(ms)} ms (server CPU ${fmt.format(cpu)} ms), ${mb(bytes)}; event loop held at most ${fmt.format(stall)} ms at a time`);
  console.log(`  server rss ${mb(before.rss)} → ${mb(after.rss)}, peak ${mb(peak)} (${reset ? 'VmHWM' : 'sampled every 10 ms'})`);
  return { status: res.status, ms, bytes, peak, head, crlf, cpu };
}

async function runBackend(name: string, databaseUrl: string | undefined, trainees: number, runs: number, failures: string[]) {
  const modules = loadCourseIndex('dist');
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-bench-hr-'));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const seedStart = performance.now();
    const sql = await openStorage({ dataDir, databaseUrl });
    const seeded = await seedCompany(sql, modules, trainees).finally(() => sql.close());
    console.log(
      `${name}: seeded ${whole.format(trainees)} trainees (${whole.format(seeded.cohortMembers)} in cohorts) and ${whole.format(seeded.rows)} progress rows (${seeded.modulesWithRows} modules each; the course index has ${modules.length}) in ${fmt.format(performance.now() - seedStart)} ms`,
    );
    server = await startServer(dataDir, databaseUrl);
    const login = await fetch(`${server.url}/hr/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user: 'hr', password: 'bench' }) });
    const cookie = login.headers.get('Set-Cookie')?.split(';')[0];
    if (login.status !== 200 || !cookie) throw new Error(`the HR login answered ${login.status}: ${await login.text()}`);
    const check = (path: string, m: Measured) => m.status !== 200 && failures.push(`${name}: GET ${path} answered ${m.status}`);

    // The matrix is paged: the last page of the largest size, sorted by a module (the dearest sort), counts and sorts every row.
    const pageSize = 500;
    const progressPath = `/hr/api/progress?pageSize=${pageSize}&page=${Math.max(1, Math.ceil(trainees / pageSize))}&sort=module:05-challenges&dir=desc`;
    check(progressPath, await measure(server, progressPath, cookie));

    const csvPath = '/hr/api/export.csv?lang=zh-CN';
    const csv = await measure(server, csvPath, cookie);
    check(csvPath, csv);
    const expected = 1 + trainees * modules.length;
    console.log(`  CSV lines: ${whole.format(csv.crlf)} (expected 1 header + ${whole.format(trainees)} × ${modules.length} modules = ${whole.format(expected)})`);
    if (csv.crlf !== expected) failures.push(`${name}: the CSV has ${whole.format(csv.crlf)} lines, ${whole.format(expected)} were expected`);

    // Which learners' statements to send is found over every trainee's progress (the seed writes no statements).
    const ndjsonPath = '/hr/api/statements.ndjson';
    check(ndjsonPath, await measure(server, ndjsonPath, cookie));

    const xlsxPath = '/hr/api/export.xlsx?lang=zh-CN';
    const xlsx: Measured[] = [];
    for (let i = 0; i < runs; i++) {
      const m = await measure(server, xlsxPath, cookie);
      check(xlsxPath, m);
      if (m.head[0] !== 0x50 || m.head[1] !== 0x4b) failures.push(`${name}: the XLSX export is not a zip (it starts with bytes ${m.head[0]} ${m.head[1]})`);
      xlsx.push(m);
    }
    return { ms: median(xlsx.map((m) => m.ms)), peak: Math.max(...xlsx.map((m) => m.peak)), runs: xlsx.map((m) => Math.round(m.ms)), cpu: median(xlsx.map((m) => m.cpu)) };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const trainees = Number(process.env.BENCH_TRAINEES ?? 10_000);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(trainees) || trainees < 1 || !Number.isInteger(runs) || runs < 1) {
    console.error(`BENCH_TRAINEES and BENCH_RUNS must be whole numbers ≥ 1 (got ${process.env.BENCH_TRAINEES} and ${process.env.BENCH_RUNS})`);
    process.exitCode = 1;
    return;
  }
  ensureBuild();
  const failures: string[] = [];
  const lines: string[] = [];
  for (const backend of await benchBackends()) {
    try {
      const figures = await runBackend(backend.name, await backend.freshUrl(), trainees, runs, failures);
      console.log(`${backend.name}: XLSX runs ${figures.runs.join(', ')} ms; median server CPU ${Math.round(figures.cpu)} ms; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
      // The time is the median of the runs; the memory the highest of their peaks.
      lines.push(`${backend.name} xlsx: ${Math.round(figures.ms)} ms, peak RSS ${Math.round(figures.peak / 1_048_576)} MB`);
    } catch (e) {
      failures.push(`${backend.name}: ${(e as Error).stack ?? String(e)}`);
    } finally {
      backend.stop();
    }
  }
  if (failures.length) {
    for (const f of failures) console.error(`FAIL: ${f}`);
    process.exitCode = 1;
  } else console.log('OK: every request answered 200, the CSV has one line per trainee and module, the XLSX is a zip');
  // The last lines, one per backend: the styled workbook's median time and the server's highest peak memory while making it.
  for (const line of lines) console.log(line);
}

if (process.argv.includes('--serve')) await serve();
else await main();

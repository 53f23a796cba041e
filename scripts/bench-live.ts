// `npm run bench:live`: a live session under a full hall. 300 simulated participants join over
// WebSocket, the trainer pushes 10 questions, each participant answers as soon as it sees one.
// Printed: the answers counted by the server (all of them, or the script exits 1) and the time
// from the trainer's push to each participant receiving the question (p50, p99, max), for each of
// BENCH_RUNS runs (3 unless told), then the median of the runs' p99.
// BENCH_PARTICIPANTS and BENCH_QUESTIONS override. The server runs in a child process (this file
// with --serve) so the participants' own work does not count as the server's latency. All 300 phones
// come from 127.0.0.1, so the server's per-address limits (new seats a minute…) are raised for it.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { liveMessageText, type LiveClientBody, type PushedQuestion } from '../src/domain';
import { startRecordsServer } from '../src/server/records-server';
import { LOOPBACK_BENCH_ENV } from '../src/server/settings';
import { ensureBuild } from './ensure-build';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 300);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });


type View = { question?: { id: string; options?: { id: string }[] }; counts?: { answered: number }; participants?: number };

function socket(url: string, hello: LiveClientBody, onView: (view: View, at: number) => void) {
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      ws.send(liveMessageText(hello));
      resolve(ws);
    });
    ws.on('error', reject);
    ws.on('message', (d) => {
      const at = performance.now();
      const m = JSON.parse(String(d)) as { t: string; view?: View; error?: string };
      if (m.t === 'view' && m.view) onView(m.view, at);
      if (m.t === 'error') console.error('server error:', m.error);
    });
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  ensureBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-bench-live-'));
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { env: { ...process.env, BENCH_DATA_DIR: dataDir }, execArgv: ['--import', 'tsx'] });
  const fail = (message: string): never => {
    console.error(`FAIL: ${message}`);
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  };
  const { url } = await new Promise<{ url: string }>((resolve) => child.once('message', (m) => resolve(m as { url: string })));
  const p99s: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    console.log(`run ${run} of ${RUNS}`);
    p99s.push(await measure(url, run, fail));
  }
  child.send('close');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  const median = [...p99s].sort((a, b) => a - b)[Math.floor(p99s.length / 2)]!;
  console.log(`push → participant received, p99 of each run: ${p99s.map((p) => `${fmt.format(p)} ms`).join(', ')}; median of ${RUNS} runs: ${fmt.format(median)} ms (budget 100 ms: ${median < 100 ? 'within' : 'OVER'})`);
}

/** One run: a new session, every participant joins, the trainer pushes the questions; the p99 of push → received. */
async function measure(url: string, run: number, fail: (message: string) => never): Promise<number> {
  const wsUrl = `${url.replace('http', 'ws')}/live/ws`;
  const created = (await (await fetch(`${url}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) })).json()) as { code: string; trainerKey: string };

  // question id → participant → when they saw it
  const seen = new Map<string, Map<number, number>>();
  const pushedAt = new Map<number, number>();
  let trainerView: View = {};
  const trainerWaiters: ((v: View) => void)[] = [];
  const trainer = await socket(wsUrl, { t: 'trainer', code: created.code, key: created.trainerKey }, (v) => {
    trainerView = v;
    for (const w of trainerWaiters.splice(0)) w(v);
  });
  const untilTrainer = (test: (v: View) => boolean, what: string, timeout = 30_000) =>
    new Promise<void>((resolve, reject) => {
      if (test(trainerView)) return resolve();
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; trainer sees ${JSON.stringify({ participants: trainerView.participants, counts: trainerView.counts })}`)), timeout);
      const check = (v: View) => (test(v) ? (clearTimeout(timer), resolve()) : trainerWaiters.push(check));
      trainerWaiters.push(check);
    });

  const joinStart = performance.now();
  const phones = await Promise.all(
    Array.from({ length: PARTICIPANTS }, (_, i) => {
      let ws: WebSocket | undefined;
      const answeredIds = new Set<string>();
      return socket(wsUrl, { t: 'join', code: created.code, pid: `bench-participant-${run}-${String(i).padStart(4, '0')}`, name: `P${i}` }, (view, at) => {
        const q = view.question;
        if (!q || answeredIds.has(q.id)) return;
        answeredIds.add(q.id);
        if (!seen.has(q.id)) seen.set(q.id, new Map());
        seen.get(q.id)!.set(i, at);
        ws?.send(liveMessageText({ t: 'answer', qid: q.id, optionIds: [q.options![i % q.options!.length]!.id] }));
      }).then((s) => (ws = s));
    }),
  );
  await untilTrainer((v) => v.participants === PARTICIPANTS, `${PARTICIPANTS} participants`).catch((e: Error) => fail(e.message));
  console.log(`${PARTICIPANTS} participants joined in ${fmt.format(performance.now() - joinStart)} ms`);

  const latencies: number[] = [];
  const lastArrivals: number[] = [];
  let counted = 0;
  for (let n = 0; n < QUESTIONS; n++) {
    const question: PushedQuestion = { kind: 'poll', prompt: { en: `Question ${n + 1}` }, options: [1, 2, 3, 4].map((k) => ({ id: `o${k}`, text: { en: `Option ${k}` } })) };
    const before = new Set(seen.keys());
    pushedAt.set(n, performance.now());
    trainer.send(liveMessageText({ t: 'push', question }));
    await untilTrainer((v) => Boolean(v.question && !before.has(v.question.id) && v.counts?.answered === PARTICIPANTS), `all ${PARTICIPANTS} answers to question ${n + 1}`).catch((e: Error) => fail(e.message));
    const qid = trainerView.question!.id;
    counted += trainerView.counts!.answered;
    const arrivals = [...(seen.get(qid)?.values() ?? [])].map((at) => at - pushedAt.get(n)!);
    if (arrivals.length !== PARTICIPANTS) fail(`question ${n + 1} reached ${arrivals.length} of ${PARTICIPANTS} participants`);
    latencies.push(...arrivals);
    lastArrivals.push(Math.max(...arrivals));
  }
  latencies.sort((a, b) => a - b);
  lastArrivals.sort((a, b) => a - b);
  console.log(`answers counted by the server: ${counted} of ${PARTICIPANTS * QUESTIONS} (${QUESTIONS} questions × ${PARTICIPANTS} participants)`);
  console.log(`push → participant received: p50 ${fmt.format(percentile(latencies, 50))} ms, p99 ${fmt.format(percentile(latencies, 99))} ms, max ${fmt.format(latencies.at(-1)!)} ms (${latencies.length} deliveries)`);
  console.log(`push → every participant received: median ${fmt.format(percentile(lastArrivals, 50))} ms, worst ${fmt.format(lastArrivals.at(-1)!)} ms`);
  for (const p of phones) p.close();
  trainer.close();
  if (counted !== PARTICIPANTS * QUESTIONS) fail('not every answer was counted');
  console.log('OK: every participant received every question and every answer was counted');
  return percentile(latencies, 99);
}

if (process.argv.includes('--serve')) {
  const server = await startRecordsServer({ root: 'dist', dataDir: process.env.BENCH_DATA_DIR!, host: '127.0.0.1', port: 0, env: { HR_PASSWORD: 'bench', XAPI_PASSWORD: 'bench', ...LOOPBACK_BENCH_ENV } });
  process.on('message', (m) => m === 'close' && void server.close().then(() => process.exit(0)));
  process.on('disconnect', () => process.exit(0));
  process.send!({ url: server.url });
} else {
  await main();
}

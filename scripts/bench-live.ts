// `npm run bench:live`: a live session under a full hall. 300 simulated participants join over
// WebSocket, the trainer pushes 10 questions, each participant answers as soon as it sees one.
// Printed: the answers counted by the server (all of them, or the script exits 1) and the time
// from the trainer's push to each participant receiving the question (p50, p99, max), for each of
// BENCH_RUNS runs (3 unless told), then the median of the runs' p99.
// BENCH_PARTICIPANTS and BENCH_QUESTIONS override; BENCH_SERVER_FLAGS gives the server's Node flags
// (`--cpu-prof --cpu-prof-dir=/tmp/prof` to see where its time goes). The server runs in a child process (this file
// with --serve) so the participants' own work does not count as the server's latency, and the
// phones run in BENCH_PHONE_PROCESSES children (this file with --phones; 1 unless told: on two
// cores more phone processes only take turns with the server), lean ones that note a question's
// arrival before anything else and answer once the push has finished arriving. Push and
// receipt are timed on one clock shared by the processes (performance.timeOrigin + performance.now()). All the
// phones come from 127.0.0.1, so the server's per-address limits (new seats a minute…) are raised for it.
import { fork, type ChildProcess } from 'node:child_process';
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
const PHONE_PROCESSES = Math.max(1, Number(process.env.BENCH_PHONE_PROCESSES ?? 1));
const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
/** Wall-clock milliseconds with sub-millisecond resolution, comparable between this script's processes. */
const clock = () => performance.timeOrigin + performance.now();

type View = { question?: { id: string; options?: { id: string }[] }; counts?: { answered: number }; participants?: number };
/** What the parent asks a phone process to do, and what it answers. */
type ToPhones = { k: 'join'; wsUrl: string; code: string; run: number; from: number; to: number } | { k: 'report'; qid: string } | { k: 'leave' };
type FromPhones = { k: 'joined' } | { k: 'report'; arrivals: number[] } | { k: 'left' } | { k: 'failed'; message: string };

function socket(url: string, hello: LiveClientBody, onView: (view: View, at: number) => void) {
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      ws.send(liveMessageText(hello));
      resolve(ws);
    });
    ws.on('error', reject);
    ws.on('message', (d) => {
      const at = clock();
      const m = JSON.parse(String(d)) as { t: string; view?: View; error?: string };
      if (m.t === 'view' && m.view) onView(m.view, at);
      if (m.t === 'error') console.error('server error:', m.error);
    });
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const QUESTION_MARK = Buffer.from('"question":{"id":"');

/**
 * A lean phone: notes when each question arrives (before anything else) and hands it on once.
 * It reads just the question's id from a message to tell a new question from a view of one it
 * has seen (its own answer acknowledged), and parses the whole message only when that fails.
 */
function phone(url: string, hello: LiveClientBody, onQuestion: (q: { id: string; options: { id: string }[] }, at: number) => void) {
  return new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url, { skipUTF8Validation: true });
    let last = '';
    ws.on('open', () => {
      ws.send(liveMessageText(hello));
      resolve(ws);
    });
    ws.on('error', reject);
    ws.on('message', (d: Buffer) => {
      const at = clock();
      const mark = d.indexOf(QUESTION_MARK);
      if (mark >= 0) {
        const from = mark + QUESTION_MARK.length;
        if (d.toString('utf8', from, d.indexOf(34, from)) === last) return;
      }
      const m = JSON.parse(d.toString()) as { t: string; view?: View; error?: string };
      if (m.t === 'error') console.error('server error:', m.error);
      const q = m.view?.question;
      if (!q || q.id === last) return;
      last = q.id;
      onQuestion({ id: q.id, options: q.options ?? [] }, at);
    });
  });
}

/** A process of phones: joins its share of the hall, answers each question it sees, says when each arrived. */
function phones() {
  // question id → when each of this process's phones saw it
  const seen = new Map<string, number[]>();
  let sockets: WebSocket[] = [];
  // Every phone answers, once the push has finished arriving here (nothing new for a few
  // milliseconds), a few at a time between reads. In a hall each phone is its own device, and a
  // person reads before tapping; here the phones share the server's two cores, and answering in
  // the middle of the burst would only take the CPU from the server while it is still sending.
  const outbox: (() => void)[] = [];
  let lastArrival = 0;
  const flush = () => {
    for (const f of outbox.splice(0, 50)) f();
    if (outbox.length) setImmediate(flush);
  };
  const whenQuiet = () => (clock() - lastArrival >= 5 ? flush() : setTimeout(whenQuiet, 2));
  const reply = (m: FromPhones) => process.send!(m);
  process.on('message', (m: ToPhones) => {
    if (m.k === 'join')
      void Promise.all(
        Array.from({ length: m.to - m.from }, (_, n) => {
          const i = m.from + n;
          let ws: WebSocket | undefined;
          return phone(m.wsUrl, { t: 'join', code: m.code, pid: `bench-participant-${m.run}-${String(i).padStart(4, '0')}`, name: `P${i}` }, (q, at) => {
            const list = seen.get(q.id) ?? [];
            list.push(at);
            seen.set(q.id, list);
            lastArrival = at;
            if (outbox.push(() => ws?.send(liveMessageText({ t: 'answer', qid: q.id, optionIds: [q.options[i % q.options.length]!.id] }))) === 1) setTimeout(whenQuiet, 2);
          }).then((s) => (ws = s));
        }),
      ).then(
        (list) => {
          sockets = list;
          reply({ k: 'joined' });
        },
        (e: Error) => reply({ k: 'failed', message: e.message }),
      );
    else if (m.k === 'report') {
      reply({ k: 'report', arrivals: seen.get(m.qid) ?? [] });
      seen.delete(m.qid);
    } else {
      // Each socket's close handshake ends before the process may exit, so the server sees no reset connections.
      void Promise.all(sockets.map((s) => new Promise((resolve) => (s.once('close', resolve), s.close())))).then(() => reply({ k: 'left' }));
      sockets = [];
    }
  });
  process.on('disconnect', () => process.exit(0));
}

async function main() {
  ensureBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-bench-live-'));
  const self = fileURLToPath(import.meta.url);
  const child = fork(self, ['--serve'], { env: { ...process.env, BENCH_DATA_DIR: dataDir }, execArgv: ['--import', 'tsx', ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [])] });
  // The phones are a session of their own (as separate devices are): where the system shares
  // the CPU between sessions, the simulated hall does not take its turns out of the server's.
  const workers = Array.from({ length: Math.min(PHONE_PROCESSES, PARTICIPANTS) }, () => fork(self, ['--phones'], { execArgv: ['--import', 'tsx'], detached: true }));
  const fail = (message: string): never => {
    console.error(`FAIL: ${message}`);
    for (const c of [child, ...workers]) c.kill();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  };
  for (const w of workers) w.on('exit', (code) => code && fail(`a phone process exited with ${code}`));
  const { url } = await new Promise<{ url: string }>((resolve) => child.once('message', (m) => resolve(m as { url: string })));
  const p99s: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    console.log(`run ${run} of ${RUNS}`);
    p99s.push(await measure(url, run, workers, fail));
  }
  for (const w of workers) w.removeAllListeners('exit').disconnect();
  child.send('close');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  const median = [...p99s].sort((a, b) => a - b)[Math.floor(p99s.length / 2)]!;
  console.log(`push → participant received, p99 of each run: ${p99s.map((p) => `${fmt.format(p)} ms`).join(', ')}; median of ${RUNS} runs: ${fmt.format(median)} ms (budget 100 ms: ${median < 100 ? 'within' : 'OVER'})`);
}

/** Asks every phone process the same thing and gathers their answers. */
function ask(workers: ChildProcess[], messages: (i: number) => ToPhones, fail: (message: string) => never): Promise<FromPhones[]> {
  return Promise.all(
    workers.map(
      (w, i) =>
        new Promise<FromPhones>((resolve) => {
          w.once('message', (m: FromPhones) => (m.k === 'failed' ? fail(`a phone could not join: ${m.message}`) : resolve(m)));
          w.send(messages(i));
        }),
    ),
  );
}

/** One run: a new session, every participant joins, the trainer pushes the questions; the p99 of push → received. */
async function measure(url: string, run: number, workers: ChildProcess[], fail: (message: string) => never): Promise<number> {
  const wsUrl = `${url.replace('http', 'ws')}/live/ws`;
  const created = (await (await fetch(`${url}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) })).json()) as { code: string; trainerKey: string };

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
  const share = Math.ceil(PARTICIPANTS / workers.length);
  await ask(workers, (i) => ({ k: 'join', wsUrl, code: created.code, run, from: i * share, to: Math.min(PARTICIPANTS, (i + 1) * share) }), fail);
  await untilTrainer((v) => v.participants === PARTICIPANTS, `${PARTICIPANTS} participants`).catch((e: Error) => fail(e.message));
  console.log(`${PARTICIPANTS} participants joined in ${fmt.format(performance.now() - joinStart)} ms`);

  const latencies: number[] = [];
  const lastArrivals: number[] = [];
  const seenIds = new Set<string>();
  let counted = 0;
  for (let n = 0; n < QUESTIONS; n++) {
    const question: PushedQuestion = { kind: 'poll', prompt: { en: `Question ${n + 1}` }, options: [1, 2, 3, 4].map((k) => ({ id: `o${k}`, text: { en: `Option ${k}` } })) };
    const pushedAt = clock();
    trainer.send(liveMessageText({ t: 'push', question }));
    await untilTrainer((v) => Boolean(v.question && !seenIds.has(v.question.id) && v.counts?.answered === PARTICIPANTS), `all ${PARTICIPANTS} answers to question ${n + 1}`).catch((e: Error) => fail(e.message));
    const qid = trainerView.question!.id;
    seenIds.add(qid);
    counted += trainerView.counts!.answered;
    const reports = await ask(workers, () => ({ k: 'report', qid }), fail);
    const arrivals = reports.flatMap((r) => (r.k === 'report' ? r.arrivals : [])).map((at) => at - pushedAt);
    if (arrivals.length !== PARTICIPANTS) fail(`question ${n + 1} reached ${arrivals.length} of ${PARTICIPANTS} participants`);
    latencies.push(...arrivals);
    lastArrivals.push(Math.max(...arrivals));
  }
  latencies.sort((a, b) => a - b);
  lastArrivals.sort((a, b) => a - b);
  console.log(`answers counted by the server: ${counted} of ${PARTICIPANTS * QUESTIONS} (${QUESTIONS} questions × ${PARTICIPANTS} participants)`);
  console.log(`push → participant received: p50 ${fmt.format(percentile(latencies, 50))} ms, p99 ${fmt.format(percentile(latencies, 99))} ms, max ${fmt.format(latencies.at(-1)!)} ms (${latencies.length} deliveries)`);
  console.log(`push → every participant received: median ${fmt.format(percentile(lastArrivals, 50))} ms, worst ${fmt.format(lastArrivals.at(-1)!)} ms`);
  await ask(workers, () => ({ k: 'leave' }), fail);
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
} else if (process.argv.includes('--phones')) {
  phones();
} else {
  await main();
}

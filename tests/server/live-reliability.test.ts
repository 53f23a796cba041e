import { afterAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import { LIVE_PROTOCOL } from '../../src/domain';
import { recordsProcesses } from './records-process';

const servers = await recordsProcesses('sta-live-kill-');
const { freePort } = servers;
const startServer = servers.start;
const sockets: WebSocket[] = [];
afterAll(() => {
  for (const ws of sockets) ws.terminate();
});

const PHONES = 300;
const QUESTIONS = 3;


/** Resolves once `check` holds, looking again whenever `poke` is called; fails after `ms`. */
function waiter() {
  const pending: { check: () => boolean; resolve: () => void }[] = [];
  return {
    poke() {
      for (const p of [...pending])
        if (p.check()) {
          pending.splice(pending.indexOf(p), 1);
          p.resolve();
        }
    },
    until(check: () => boolean, what: string, ms = 60_000) {
      return new Promise<void>((resolve, reject) => {
        if (check()) return resolve();
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
        pending.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

type View = { question?: { id: string; options?: { id: string }[] }; answered?: boolean; participants?: number };

test('killed with SIGKILL at random points while 300 phones answer: after each restart every acknowledged answer is there exactly once, with exactly one statement', async () => {
  const port = await freePort();
  const url = `ws://127.0.0.1:${port}/live/ws`;
  let server = await startServer(port);
  const created = (await (await fetch(`http://127.0.0.1:${port}/api/live/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ moduleId: '01-foundations' }) })).json()) as { code: string; trainerKey: string };
  const wait = waiter();
  const acked = new Map<string, Set<string>>(); // question → phones told their answer is in
  const lost: string[] = []; // an answer acknowledged, then missing after a restart
  const joined = new Set<string>();

  const connect = (hello: object, onView: (ws: WebSocket, view: View) => void) => {
    const ws = new WebSocket(url);
    sockets.push(ws);
    ws.on('error', () => {}); // the server is killed under it
    ws.on('open', () => ws.send(JSON.stringify({ ...hello, v: LIVE_PROTOCOL })));
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as { t: string; view?: View };
      if (m.t === 'view' && m.view) onView(ws, m.view);
      wait.poke();
    });
    return ws;
  };
  const phone = (pid: string) => {
    const sent = new Set<string>(); // per connection: one answer per question
    connect({ t: 'join', code: created.code, pid, name: pid.slice(-4) }, (ws, view) => {
      joined.add(pid);
      const q = view.question;
      if (!q) return;
      const mine = acked.get(q.id) ?? new Set<string>();
      acked.set(q.id, mine);
      if (view.answered) mine.add(pid);
      else if (mine.has(pid)) lost.push(`${q.id}/${pid}`);
      else if (!sent.has(q.id)) {
        sent.add(q.id);
        ws.send(JSON.stringify({ v: LIVE_PROTOCOL, t: 'answer', qid: q.id, optionIds: [q.options![pid.charCodeAt(pid.length - 1) % q.options!.length]!.id] }));
      }
    });
  };
  let trainerView: View = {};
  let trainer: WebSocket | undefined;
  const connectAll = async () => {
    joined.clear();
    trainer = connect({ t: 'trainer', code: created.code, key: created.trainerKey }, (_ws, v) => (trainerView = v));
    for (let i = 0; i < PHONES; i++) phone(`phone-${String(i).padStart(4, '0')}`);
    await wait.until(() => joined.size === PHONES, `${PHONES} phones to be seated`);
  };

  await connectAll();
  const questionIds: string[] = [];
  for (let n = 0; n < QUESTIONS; n++) {
    const before = trainerView.question?.id;
    trainer!.send(JSON.stringify({ v: LIVE_PROTOCOL, t: 'push', question: { kind: 'poll', prompt: { en: `Q${n}` }, options: ['a', 'b', 'c'].map((id) => ({ id, text: { en: id } })) } }));
    await wait.until(() => Boolean(trainerView.question && trainerView.question.id !== before), `question ${n + 1}`);
    const qid = trainerView.question!.id;
    questionIds.push(qid);
    // Somewhere in the stream of answers: after 1 to 299 acknowledgements.
    const killAfter = 1 + Math.floor(Math.random() * (PHONES - 1));
    await wait.until(() => (acked.get(qid)?.size ?? 0) >= killAfter, `${killAfter} acknowledgements`);
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
    const ackedAtKill = new Set(acked.get(qid));
    for (const ws of sockets.splice(0)) ws.terminate();

    server = await startServer(port);
    await connectAll();
    await wait.until(() => (acked.get(qid)?.size ?? 0) === PHONES, `every phone's answer to question ${n + 1} after the restart`);
    expect(lost, `acknowledged before the kill after ${killAfter}, missing after the restart`).toEqual([]);
    expect(ackedAtKill.size).toBeGreaterThanOrEqual(killAfter);
  }
  server.kill('SIGKILL');
  await new Promise((r) => server.once('exit', r));

  const db = await servers.open();
  for (const qid of questionIds) {
    const answers = await db.all<{ pid: string; n: number }>('SELECT pid, COUNT(*) AS n FROM live_answers WHERE code = ? AND qid = ? GROUP BY pid', [created.code, qid]);
    expect(answers).toHaveLength(PHONES);
    expect(answers.every((a) => Number(a.n) === 1)).toBe(true);
    const statements = await db.all<{ actor_key: string; n: number }>(
      "SELECT actor_key, COUNT(*) AS n FROM statements WHERE verb_id = 'http://adlnet.gov/expapi/verbs/answered' AND object_id LIKE ? GROUP BY actor_key",
      [`%/live/${created.code}/questions/${encodeURIComponent(qid)}`],
    );
    expect(statements).toHaveLength(PHONES);
    expect(statements.every((s) => Number(s.n) === 1)).toBe(true);
    // Each journaled answer names its own statement.
    const orphans = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM live_answers a LEFT JOIN statements s ON s.id = a.statement_id WHERE a.qid = ? AND s.id IS NULL', [qid]);
    expect(Number(orphans!.n)).toBe(0);
  }
  await db.close();
}, 240_000);

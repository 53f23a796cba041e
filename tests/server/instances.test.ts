import { afterAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import { LIVE_PROTOCOL } from '../../src/domain';
import type { Msg } from './live-client';
import { recordsProcesses } from './records-process';
import { roundRobin } from './round-robin';
import { backend } from './test-storage';

const servers = await recordsProcesses('sta-instances-');
const sockets: WebSocket[] = [];
const proxies: { close: () => void }[] = [];
afterAll(() => {
  for (const ws of sockets) ws.terminate();
  for (const p of proxies) p.close();
});

/** A live socket through the proxy that, when its connection drops, connects again and says its hello again. */
function phone(port: number, hello: Record<string, unknown>) {
  const seen: Msg[] = [];
  const waiters: { test: (m: Msg) => boolean; resolve: (m: Msg) => void }[] = [];
  let ws: WebSocket;
  let stopped = false;
  const connect = () => {
    ws = new WebSocket(`ws://127.0.0.1:${port}/live/ws`);
    sockets.push(ws);
    ws.on('error', () => undefined);
    ws.on('open', () => ws.send(JSON.stringify({ ...hello, v: LIVE_PROTOCOL })));
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as Msg;
      seen.push(m);
      for (const w of [...waiters])
        if (w.test(m)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
    });
    ws.on('close', () => !stopped && setTimeout(connect, 200));
  };
  connect();
  return {
    send: (m: object) => ws.send(JSON.stringify({ ...m, v: LIVE_PROTOCOL })),
    next: (check: (m: Msg) => boolean, timeout = 30_000) =>
      new Promise<Msg>((resolve, reject) => {
        const found = [...seen].reverse().find(check);
        if (found) return resolve(found);
        const t = setTimeout(() => reject(new Error(`no such message; last: ${JSON.stringify(seen.slice(-2))}`)), timeout);
        waiters.push({ test: check, resolve: (m) => (clearTimeout(t), resolve(m)) });
      }),
    /** Forgets what was seen so far: what comes next is what counts. */
    clear: () => void seen.splice(0),
    stop: () => ((stopped = true), ws.close()),
  };
}

const quiz = (n: number) => ({
  kind: 'quiz',
  prompt: { 'zh-CN': `第${n}题`, en: `Question ${n}` },
  options: [
    { id: 'a', text: { 'zh-CN': '具体', en: 'Specific' } },
    { id: 'b', text: { 'zh-CN': '模糊', en: 'Vague' } },
  ],
  multiple: false,
  correct: ['a'],
  itemId: 'target-definition-best-fit',
  seconds: 60,
});
const lrs = { Authorization: `Basic ${Buffer.from('lrs:pw').toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
const json = { 'Content-Type': 'application/json' };

test.runIf(backend === 'postgres')(
  'two instances on one PostgreSQL behind a round-robin proxy serve one course: a live room across both survives losing its instance; statements, HR sessions and login limits are shared',
  async () => {
    const [portA, portB] = [await servers.freePort(), await servers.freePort()];
    const a = await servers.start(portA);
    const b = await servers.start(portB);
    const proxy = await roundRobin([portA, portB]);
    proxies.push(proxy);
    const A = `http://127.0.0.1:${portA}`;
    const B = `http://127.0.0.1:${portB}`;

    // Statements written through A are read through B.
    const statement = { actor: { name: '李娜', mbox: 'mailto:lina@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' }, object: { id: 'https://example.com/activity/one' } };
    const [id] = (await (await fetch(`${A}/xapi/statements`, { method: 'POST', headers: lrs, body: JSON.stringify(statement) })).json()) as string[];
    expect((await fetch(`${B}/xapi/statements?statementId=${id}`, { headers: lrs })).status).toBe(200);

    // An HR session opened on A works on B.
    const login = await fetch(`${A}/hr/api/login`, { method: 'POST', headers: json, body: JSON.stringify({ user: 'hr', password: 'hr' }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('Set-Cookie')!.split(';')[0]!;
    expect((await fetch(`${B}/hr/api/session`, { headers: { Cookie: cookie } })).status).toBe(200);

    // Five failed HR logins through A count on B: there, even the right password has to wait.
    for (let i = 0; i < 5; i++) expect((await fetch(`${A}/hr/api/login`, { method: 'POST', headers: json, body: JSON.stringify({ user: 'hr', password: `wrong-${i}` }) })).status).not.toBe(200);
    const afterFailures = await fetch(`${B}/hr/api/login`, { method: 'POST', headers: json, body: JSON.stringify({ user: 'hr', password: 'hr' }) });
    expect(afterFailures.status).toBe(429);

    // The room is started on B (B runs it); the console lands on A, the projector and the phones alternate.
    const created = (await (await fetch(`${B}/api/live/sessions`, { method: 'POST', headers: json, body: JSON.stringify({ moduleId: '01-foundations' }) })).json()) as { code: string; trainerKey: string };
    const { code } = created;
    const trainer = phone(proxy.port, { t: 'trainer', code, key: created.trainerKey }); // → A
    await trainer.next((m) => m.t === 'view');
    const names = ['Amy', 'Ben', 'Cai'];
    const phones: ReturnType<typeof phone>[] = [];
    const screens: ReturnType<typeof phone>[] = [];
    for (const name of names) {
      phones.push(phone(proxy.port, { t: 'join', code, pid: `${name}-0000001`, name })); // → B
      await phones.at(-1)!.next((m) => m.t === 'view');
      screens.push(phone(proxy.port, { t: 'screen', code })); // → A
      await screens.at(-1)!.next((m) => m.t === 'view');
    }
    await trainer.next((m) => m.t === 'view' && m.view!.participants === 3);

    const round = async (n: number) => {
      for (const p of phones) p.clear();
      trainer.clear();
      trainer.send({ t: 'push', question: quiz(n) });
      for (const [i, p] of phones.entries()) {
        const asked = await p.next((m) => m.t === 'view' && (m.view!.question as { prompt?: { en?: string } } | undefined)?.prompt?.en === `Question ${n}`);
        p.send({ t: 'answer', qid: (asked.view!.question as { id: string }).id, optionIds: [i === 1 ? 'b' : 'a'] });
      }
      await trainer.next((m) => m.t === 'view' && m.view!.counts?.answered === 3 && m.view!.counts.byOption.a === 2);
      trainer.send({ t: 'reveal' });
      const board = await trainer.next((m) => m.t === 'view' && m.view!.revealed === true);
      for (const p of phones) expect((await p.next((m) => m.t === 'view' && Boolean(m.view!.result))).view!.result).toMatchObject({ correct: ['a'], of: 3 });
      return board.view!.leaderboard as { name: string; points: number }[];
    };

    const first = await round(1);
    expect(first.find((l) => l.name === 'Ben')!.points).toBe(0);
    expect(first.filter((l) => l.points > 0)).toHaveLength(2);

    // B (the room's instance, with every phone on it) is killed: the phones reconnect through the proxy to A, which takes the room over.
    for (const p of [trainer, ...phones]) p.clear();
    b.kill('SIGKILL');
    await new Promise((r) => b.once('exit', r));
    for (const p of phones) await p.next((m) => m.t === 'welcome');
    await trainer.next((m) => m.t === 'view' && m.view!.connected === 3);
    const second = await round(2);
    const points = (list: { name: string; points: number }[], name: string) => list.find((l) => l.name === name)!.points;
    expect(points(second, 'Ben')).toBe(0);
    expect(points(second, 'Amy')).toBeGreaterThan(points(first, 'Amy'));
    expect(points(second, 'Cai')).toBeGreaterThan(points(first, 'Cai'));
    trainer.send({ t: 'end' });

    // No answer lost or counted twice: one journaled answer and one statement per phone and question.
    const db = await servers.open();
    const perQuestion = await db.all<{ qid: string; n: number; people: number }>('SELECT qid, COUNT(*) AS n, COUNT(DISTINCT pid) AS people FROM live_answers WHERE code = ? GROUP BY qid', [code]);
    expect(perQuestion.map((q) => [Number(q.n), Number(q.people)])).toEqual([
      [3, 3],
      [3, 3],
    ]);
    const recorded = await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM statements WHERE verb_id = 'http://adlnet.gov/expapi/verbs/answered' AND object_id LIKE ?", [`%/live/${code}/%`]);
    expect(Number(recorded!.n)).toBe(6);
    await db.close();
    for (const p of [trainer, ...phones, ...screens]) p.stop();
    a.kill('SIGKILL');
  },
  240_000,
);

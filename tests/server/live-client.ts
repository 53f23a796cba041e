import WebSocket from 'ws';
import { LIVE_PROTOCOL } from '../../src/domain';

export type Msg = { t: string; error?: string; view?: Record<string, unknown> & { counts?: { answered: number; byOption: Record<string, number> } } };

/** A live socket that remembers everything it was told, with a way to wait for a message. */
export function liveClient(url: string, hello: object, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const seen: Msg[] = [];
  const waiters: { test: (m: Msg) => boolean; resolve: (m: Msg) => void }[] = [];
  ws.on('error', () => {}); // a refused or dropped socket is what some tests look for
  ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as Msg;
    seen.push(m);
    for (const w of [...waiters])
      if (w.test(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
  });
  const opened = new Promise<void>((resolve) => ws.once('open', () => (ws.send(JSON.stringify({ ...hello, v: LIVE_PROTOCOL })), resolve())));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return {
    ws,
    seen,
    opened,
    closed,
    send: (m: object) => ws.send(JSON.stringify({ ...m, v: LIVE_PROTOCOL })),
    next: (test: (m: Msg) => boolean, timeout = 10_000) =>
      new Promise<Msg>((resolve, reject) => {
        const found = [...seen].reverse().find(test);
        if (found) return resolve(found);
        const t = setTimeout(() => reject(new Error(`no such message; got ${JSON.stringify(seen.slice(-3))}`)), timeout);
        waiters.push({ test, resolve: (m) => (clearTimeout(t), resolve(m)) });
      }),
    close: () => ws.close(),
  };
}

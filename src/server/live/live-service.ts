import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  answer,
  end,
  join,
  joinCode,
  liveAnswerStatement,
  newSession,
  participantView,
  push,
  reveal,
  screenView,
  smartAnswer,
  objectionAnswer,
  trainerView,
  type LiveAnswer,
  type LiveQuestion,
  type LiveSession,
  liveMessageText,
  readLiveClientMessage,
  type LiveClientMessage,
  type LiveServerBody,
} from '../../domain';
import type { Db } from '../db';
import type { WindowLimiter } from '../limits/limiter';
import { sameSecret, sha256 } from '../request-helpers';
import type { TraineeRegistry } from '../trainees';
import type { SaveResult } from '../xapi/statement-store';
import { answerJournal } from './answer-journal';
import { remoteControl } from './remote-control';
import { acceptUpgrades, guardSocket, type SocketOptions } from './live-socket';

type Role = { kind: 'trainer' } | { kind: 'participant'; pid: string } | { kind: 'screen' };
interface Client {
  ws: WebSocket;
  address: string;
  code?: string;
  role?: Role;
}
interface Room {
  state: LiveSession;
  keyHash: string;
  clients: Set<Client>;
  saveTimer?: ReturnType<typeof setTimeout>;
  trainerTimer?: ReturnType<typeof setTimeout>;
}


export interface LiveOptions {
  db: Db;
  trainees: TraineeRegistry;
  /** Stores an xAPI statement for each answer, inside the answer's own transaction. */
  record: (statements: Record<string, unknown>[]) => SaveResult;
  homePage: string;
  courseIri: string;
  /** New seats per address, and look-ups of codes that do not exist per address (shared with the HTTP look-up). */
  limits: { joins: WindowLimiter; misses: WindowLimiter };
  /** Messages one socket may send per second. */
  messagesPerSecond: number;
  sockets: Omit<SocketOptions, 'log'>;
  log?: (line: string) => void;
  now?: () => number;
}

/**
 * Live sessions over WebSocket: one room per join code, its state kept in SQLite so a restart
 * finds every session as it was. Seats and the trainer's actions are written at once; each
 * answer goes into the answer journal with its statement before the phone is told, and the
 * room's state follows a quarter second later (and at once on shutdown). Every client that
 * reconnects says who it is again and gets its view back.
 */
export function liveService({ db, trainees, record, homePage, courseIri, limits, messagesPerSecond, sockets, log = (line) => console.warn(line), now = Date.now }: LiveOptions) {
  const rooms = new Map<string, Room>();
  const journal = answerJournal(db, record);
  const remote = remoteControl();
  const insert = db.prepare('INSERT INTO live_sessions (code, trainer_key_hash, state, created, updated) VALUES (?, ?, ?, ?, ?)');
  const load = db.prepare('SELECT trainer_key_hash, state FROM live_sessions WHERE code = ?');
  const save = db.prepare('UPDATE live_sessions SET state = ?, updated = ? WHERE code = ?');

  function room(code: string): Room | undefined {
    const open = rooms.get(code);
    if (open) return open;
    const row = load.get(code) as { trainer_key_hash: string; state: string } | undefined;
    if (!row) return undefined;
    const r: Room = { state: journal.replay(JSON.parse(row.state) as LiveSession), keyHash: row.trainer_key_hash, clients: new Set() };
    rooms.set(code, r);
    return r;
  }

  const persist = (r: Room) => {
    clearTimeout(r.saveTimer);
    r.saveTimer = undefined;
    save.run(JSON.stringify(r.state), new Date(now()).toISOString(), r.state.code);
  };
  const persistSoon = (r: Room) => {
    r.saveTimer ??= setTimeout(() => persist(r), 250);
  };

  const send = (c: Client, message: LiveServerBody) => {
    if (c.ws.readyState === c.ws.OPEN) c.ws.send(liveMessageText(message));
  };
  const connectedParticipants = (r: Room) => new Set([...r.clients].filter((c) => c.role?.kind === 'participant').map((c) => (c.role as { pid: string }).pid)).size;
  const sendView = (r: Room, c: Client) => {
    if (!c.role) return;
    if (c.role.kind === 'trainer') send(c, { t: 'view', view: trainerView(r.state, connectedParticipants(r)) });
    else if (c.role.kind === 'participant') send(c, { t: 'view', view: participantView(r.state, c.role.pid) });
    else send(c, { t: 'view', view: screenView(r.state) });
  };
  // Answers can come in hundreds a second; the trainer's chart is redrawn at most ten times a second.
  const trainersSoon = (r: Room) => {
    r.trainerTimer ??= setTimeout(() => {
      r.trainerTimer = undefined;
      for (const c of r.clients) if (c.role?.kind === 'trainer') sendView(r, c);
    }, 100);
  };
  const everyone = (r: Room, kinds: Role['kind'][]) => {
    for (const c of r.clients) if (c.role && kinds.includes(c.role.kind)) sendView(r, c);
  };

  function createSession(moduleId: string): { code: string; trainerKey: string } {
    let code = joinCode(() => randomInt(0, 1_000_000) / 1_000_000);
    while (room(code)) code = joinCode(() => randomInt(0, 1_000_000) / 1_000_000);
    const trainerKey = randomBytes(24).toString('base64url');
    const state = newSession(code, moduleId, now());
    const stamp = new Date(now()).toISOString();
    insert.run(code, sha256(trainerKey), JSON.stringify(state), stamp, stamp);
    rooms.set(code, { state, keyHash: sha256(trainerKey), clients: new Set() });
    return { code, trainerKey };
  }

  function handle(c: Client, m: LiveClientMessage) {
    if (m.t === 'ping') return send(c, { t: 'pong' });
    if (m.t === 'trainer' || m.t === 'join' || m.t === 'screen') {
      // Only misses count, so a whole class behind one address can use its code at once.
      if (limits.misses.retryAfter(c.address) > 0) return send(c, { t: 'error', error: 'rate_limited' });
      const r = room(m.code);
      if (!r) {
        limits.misses.add(c.address);
        return send(c, { t: 'error', error: 'no_session' });
      }
      if (m.t === 'trainer' && !sameSecret(sha256(m.key), r.keyHash)) return send(c, { t: 'error', error: 'not_trainer' });
      if (c.code && c.code !== m.code) rooms.get(c.code)?.clients.delete(c);
      if (m.t === 'join') {
        // One connection is one phone: it cannot take a second seat (a phone coming back keeps its own).
        if (c.role?.kind === 'participant' && c.role.pid !== m.pid) return send(c, { t: 'error', error: 'one_seat' });
        const employeeId = m.token ? trainees.identify(m.token)?.employeeId : undefined;
        const seated = Boolean(r.state.participants[m.pid]);
        const next = join(r.state, m.pid, m.name, now(), employeeId);
        if (typeof next === 'string') return send(c, { t: 'error', error: next });
        if (!seated && limits.joins.take(c.address) > 0) return send(c, { t: 'error', error: 'rate_limited' });
        const changed = JSON.stringify(next.participants[m.pid]) !== JSON.stringify(r.state.participants[m.pid]);
        r.state = next;
        c.role = { kind: 'participant', pid: m.pid };
        // A seat is written at once: an answer journaled a moment later must find its participant after a crash.
        if (changed) persist(r);
      } else c.role = m.t === 'trainer' ? { kind: 'trainer' } : { kind: 'screen' };
      c.code = m.code;
      r.clients.add(c);
      send(c, { t: 'welcome', role: c.role.kind });
      sendView(r, c);
      trainersSoon(r);
      return;
    }
    const r = c.code ? room(c.code) : undefined;
    if (!r || !c.role) return send(c, { t: 'error', error: 'no_session' });
    if (remote.handles(m)) return remote.handle(r.state.code, r.clients, c, m, send);
    if (m.t === 'answer') {
      if (c.role.kind !== 'participant') return send(c, { t: 'error', error: 'not_participant' });
      const q = r.state.questions.find((x) => x.id === m.qid);
      const at = now();
      const value: LiveAnswer =
        q?.kind === 'smart' ? smartAnswer(m.text ?? '', at) : q?.kind === 'objection' ? objectionAnswer(m.text ?? '', at, q.objection) : { optionIds: [...new Set(m.optionIds ?? [])], at };
      const before = r.state;
      const next = answer(r.state, c.role.pid, m.qid, value);
      if (typeof next === 'string') return send(c, { t: 'error', error: next });
      if (next !== before && q) {
        const statement = liveAnswerStatement({ id: randomUUID(), session: next, pid: c.role.pid, question: q, answer: value, homePage, courseIri }) as unknown as Record<string, unknown>;
        // Durable before acknowledged: the answer and its statement are on disk before the view below is sent.
        journal.write(r.state.code, m.qid, c.role.pid, value, statement);
        r.state = next;
        persistSoon(r);
      }
      sendView(r, c);
      trainersSoon(r);
      return;
    }
    if (c.role.kind !== 'trainer') return send(c, { t: 'error', error: 'not_trainer' });
    if (m.t === 'push') {
      const qid = `q${r.state.questions.length + 1}-${randomBytes(3).toString('hex')}`;
      r.state = push(r.state, { ...m.question, id: qid, pushedAt: now() } as LiveQuestion);
      everyone(r, ['participant', 'trainer']);
    } else if (m.t === 'reveal') {
      if (r.state.currentId) r.state = reveal(r.state, r.state.currentId);
      everyone(r, ['participant', 'trainer']);
    } else if (m.t === 'end') {
      r.state = end(r.state);
      everyone(r, ['participant', 'trainer', 'screen']);
    } else if (m.t === 'slide') {
      r.state = { ...r.state, slide: { moduleId: m.moduleId, slideId: m.slideId, black: m.black } };
      everyone(r, ['screen']);
      return persistSoon(r);
    }
    // A pushed question is written at once: answers journaled to it must find it after a crash.
    persist(r);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  wss.on('connection', (ws: WebSocket, _req: unknown, address: string) => {
    const client: Client = { ws, address };
    const withinRate = guardSocket(ws, address, messagesPerSecond, log);
    let alive = true;
    ws.on('pong', () => (alive = true));
    // A phone that walked out of Wi-Fi leaves no close frame; a missed ping finds it.
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, 25_000);
    ws.on('message', (data) => {
      if (!withinRate()) return;
      const read = readLiveClientMessage(data);
      if (!read.ok) return send(client, { t: 'error', error: read.reason === 'versionMismatch' ? 'incompatible_version' : 'bad_message' });
      try {
        handle(client, read.message);
      } catch (e) {
        // One message's failure is that message's: logged and answered, the server carries on.
        log(`live: a message failed: ${(e as Error).stack ?? String(e)}`);
        send(client, { t: 'error', error: 'server_error' });
      }
    });
    ws.on('close', () => {
      clearInterval(heartbeat);
      const r = client.code ? rooms.get(client.code) : undefined;
      if (r) {
        r.clients.delete(client);
        trainersSoon(r);
      }
    });
  });

  return {
    createSession,
    exists: (code: string) => {
      const r = room(code);
      return r ? { moduleId: r.state.moduleId, ended: Boolean(r.state.ended) } : undefined;
    },
    /** Accepts WebSocket upgrades on `/live/ws` of this HTTP server (from the app's own origin and the listed ones). */
    attach(server: Server) {
      acceptUpgrades(server, wss, { ...sockets, log });
    },
    /** Writes every room now and closes the sockets (a graceful stop). */
    close() {
      for (const r of rooms.values()) {
        if (r.saveTimer) persist(r);
        clearTimeout(r.trainerTimer);
      }
      // Every socket, also one that never said who it is; one that does not answer the close is cut.
      for (const ws of wss.clients) {
        ws.close(1001, 'server restarting');
        setTimeout(() => ws.terminate(), 1000).unref();
      }
      wss.close();
    },
  };
}

export type LiveService = ReturnType<typeof liveService>;

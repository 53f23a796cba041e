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
  type LiveHello,
  type LiveServerBody,
} from '../../domain';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import type { Coordinator, Sql } from '../storage/sql';
import type { WindowLimiter } from '../limits/limiter';
import { sameSecret, sha256 } from '../request-helpers';
import type { TraineeRegistry } from '../trainees';
import type { SaveResult } from '../xapi/statement-store';
import { answerJournal } from './answer-journal';
import { liveRelay } from './live-relay';
import { remoteControl } from './remote-control';
import { acceptUpgrades, guardSocket, type SocketOptions } from './live-socket';

type Role = { kind: 'trainer' } | { kind: 'participant'; pid: string } | { kind: 'screen' };
/** What a client's answers go through: its own WebSocket, or the relay to the instance it is connected to. */
type Outlet = Pick<WebSocket, 'readyState' | 'OPEN' | 'send'>;
interface Client {
  ws: Outlet;
  id: string;
  address: string;
  /** The last hello, said again for the client when this instance takes over its room. */
  hello?: LiveHello;
  /** Connected here, its room run by another instance. */
  relayed?: boolean;
  code?: string;
  role?: Role;
  /** This socket's messages, handled one after another in the order they came. */
  queue: Promise<void>;
}
interface Room {
  state: LiveSession;
  keyHash: string;
  clients: Set<Client>;
  saveTimer?: ReturnType<typeof setTimeout>;
  trainerTimer?: ReturnType<typeof setTimeout>;
  /** The room's writes, one after another: each writes the state as it is when its turn comes. */
  saving: Promise<void>;
  /** The saved version: a save names it, so a room taken over by another instance is never overwritten. */
  version: number;
  lastActive: number;
  /** Answers being written to the journal, by question and participant. */
  storing: Set<string>;
}


export interface LiveOptions {
  sql: Sql;
  trainees: TraineeRegistry;
  /** Stores an xAPI statement for each answer, inside the answer's own transaction `q`. */
  record: (statements: Record<string, unknown>[], q: Sql) => Promise<SaveResult>;
  homePage: string;
  courseIri: string;
  /** New seats per address, and look-ups of codes that do not exist per address (shared with the HTTP look-up). */
  limits: { joins: WindowLimiter; misses: WindowLimiter };
  /** Messages one socket may send per second. */
  messagesPerSecond: number;
  sockets: Omit<SocketOptions, 'log'>;
  /** Several instances on one PostgreSQL: rooms are shared through it (see live-relay.ts). */
  coordinator?: Coordinator;
  /** The course's key in the records database. */
  courseId?: string;
  log?: (line: string) => void;
  now?: () => number;
}

/**
 * Live sessions over WebSocket: one room per join code, its state kept in the records database so a restart
 * finds every session as it was. Seats and the trainer's actions are written at once; each
 * answer goes into the answer journal with its statement before the phone is told, and the
 * room's state follows a quarter second later (and at once on shutdown). Every client that
 * reconnects says who it is again and gets its view back.
 */
export function liveService({ sql, trainees, record, homePage, courseIri, limits, messagesPerSecond, sockets, coordinator, courseId = DEFAULT_COURSE_ID, log = (line) => console.warn(line), now = Date.now }: LiveOptions) {
  const rooms = new Map<string, Room>();
  const loading = new Map<string, Promise<Room | undefined>>();
  const journal = answerJournal(sql, record);
  const remoteKeys = remoteControl();

  /** The open room of a code, loaded (once, however many phones ask at the same moment) when it is not open here yet. */
  function room(code: string): Promise<Room | undefined> {
    const open = rooms.get(code);
    if (open) return Promise.resolve(open);
    let pending = loading.get(code);
    if (!pending) {
      pending = (async () => {
        const row = await sql.get<{ trainer_key_hash: string; state: string; version: number }>('SELECT trainer_key_hash, state, version FROM live_sessions WHERE code = ?', [code]);
        if (!row) return undefined;
        const state = await journal.replay(JSON.parse(row.state) as LiveSession);
        const r: Room = rooms.get(code) ?? { state, keyHash: row.trainer_key_hash, clients: new Set(), saving: Promise.resolve(), version: Number(row.version), lastActive: now(), storing: new Set() };
        rooms.set(code, r);
        return r;
      })().finally(() => loading.delete(code));
      loading.set(code, pending);
    }
    return pending;
  }

  const persist = (r: Room): Promise<void> => {
    clearTimeout(r.saveTimer);
    r.saveTimer = undefined;
    r.saving = r.saving
      .then(async () => {
        const saved = await sql.run('UPDATE live_sessions SET state = ?, updated = ?, version = version + 1 WHERE code = ? AND version = ?', [
          JSON.stringify(r.state),
          new Date(now()).toISOString(),
          r.state.code,
          r.version,
        ]);
        if (saved === 1) r.version += 1;
        // Another instance runs the room now: this copy is stale and is let go.
        else evict(r, `room ${r.state.code} was taken over elsewhere`);
      })
      .catch((e: unknown) => log(`live: saving room ${r.state.code} failed: ${(e as Error).message}`));
    return r.saving;
  };
  const persistSoon = (r: Room) => {
    r.saveTimer ??= setTimeout(() => void persist(r), 250);
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

  async function createSession(moduleId: string): Promise<{ code: string; trainerKey: string }> {
    const trainerKey = randomBytes(24).toString('base64url');
    for (;;) {
      const code = joinCode(() => randomInt(0, 1_000_000) / 1_000_000);
      const state = newSession(code, moduleId, now());
      const stamp = new Date(now()).toISOString();
      // A code in use (here or on another instance) is drawn again; the insert is the arbiter.
      const created = await sql.run('INSERT INTO live_sessions (course_id, code, trainer_key_hash, state, created, updated) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING', [
        courseId,
        code,
        sha256(trainerKey),
        JSON.stringify(state),
        stamp,
        stamp,
      ]);
      if (created !== 1) continue;
      await relay?.owns(code);
      rooms.set(code, { state, keyHash: sha256(trainerKey), clients: new Set(), saving: Promise.resolve(), version: 0, lastActive: now(), storing: new Set() });
      return { code, trainerKey };
    }
  }

  async function handle(c: Client, m: LiveClientMessage) {
    if (m.t === 'ping') return send(c, { t: 'pong' });
    if (m.t === 'trainer' || m.t === 'join' || m.t === 'screen') {
      // Only misses count, so a whole class behind one address can use its code at once.
      if ((await limits.misses.retryAfter(c.address)) > 0) return send(c, { t: 'error', error: 'rate_limited' });
      const r = await room(m.code);
      if (!r) {
        await limits.misses.add(c.address);
        return send(c, { t: 'error', error: 'no_session' });
      }
      if (m.t === 'trainer' && !sameSecret(sha256(m.key), r.keyHash)) return send(c, { t: 'error', error: 'not_trainer' });
      if (c.code && c.code !== m.code) rooms.get(c.code)?.clients.delete(c);
      c.hello = m;
      r.lastActive = now();
      if (m.t === 'join') {
        // One connection is one phone: it cannot take a second seat (a phone coming back keeps its own).
        if (c.role?.kind === 'participant' && c.role.pid !== m.pid) return send(c, { t: 'error', error: 'one_seat' });
        const employeeId = m.token ? (await trainees.identify(m.token))?.employeeId : undefined;
        const tried = join(r.state, m.pid, m.name, now(), employeeId);
        if (typeof tried === 'string') return send(c, { t: 'error', error: tried });
        if (!r.state.participants[m.pid] && (await limits.joins.take(c.address)) > 0) return send(c, { t: 'error', error: 'rate_limited' });
        // The room may have moved on while the limit was asked: the seat is taken in the state as it is now.
        const next = join(r.state, m.pid, m.name, now(), employeeId);
        if (typeof next === 'string') return send(c, { t: 'error', error: next });
        const changed = JSON.stringify(next.participants[m.pid]) !== JSON.stringify(r.state.participants[m.pid]);
        r.state = next;
        c.role = { kind: 'participant', pid: m.pid };
        // A seat is written at once: an answer journaled a moment later must find its participant after a crash.
        if (changed) await persist(r);
      } else c.role = m.t === 'trainer' ? { kind: 'trainer' } : { kind: 'screen' };
      c.code = m.code;
      r.clients.add(c);
      send(c, { t: 'welcome', role: c.role.kind });
      sendView(r, c);
      trainersSoon(r);
      return;
    }
    const r = c.code ? await room(c.code) : undefined;
    if (!r || !c.role) return send(c, { t: 'error', error: 'no_session' });
    if (remoteKeys.handles(m)) return remoteKeys.handle(r.state.code, r.clients, c, m, send);
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
        const pid = c.role.pid;
        const key = `${m.qid}\u0000${pid}`;
        // A second copy of an answer still being stored (another socket of the same phone) waits for nothing: the first counts.
        if (r.storing.has(key)) return;
        r.storing.add(key);
        try {
          // Durable before anyone hears of it: the answer and its statement are stored before the room (and any view) has it.
          await journal.write(r.state.code, m.qid, pid, value, statement);
        } finally {
          r.storing.delete(key);
        }
        // Into the room as it is now (other messages were handled meanwhile), as a replay would.
        r.state = { ...r.state, answers: { ...r.state.answers, [m.qid]: { ...r.state.answers[m.qid], [pid]: value } } };
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
    await persist(r);
  }

  const local = new Map<string, Client>();
  const remote = new Map<string, Client>();
  const relay = coordinator
    ? liveRelay(sql, coordinator, {
        onIn(code, from, cid, address, text) {
          const key = `${from}:${cid}`;
          let client = remote.get(key);
          if (!client) {
            client = { id: key, address, queue: Promise.resolve(), ws: { readyState: 1, OPEN: 1, send: (t: string) => relay!.toRemote(from, cid, t) } as Outlet };
            remote.set(key, client);
          }
          const read = readLiveClientMessage(text);
          if (read.ok) enqueue(client, read.message);
        },
        onGone(_code, from, cid) {
          const client = remote.get(`${from}:${cid}`);
          remote.delete(`${from}:${cid}`);
          if (client) leave(client);
        },
        deliver(cid, text) {
          const c = local.get(cid);
          if (c && c.ws.readyState === c.ws.OPEN) c.ws.send(text);
        },
      }, log)
    : undefined;
  const ready = relay?.start().catch((e: unknown) => log(`live: listening for other instances failed: ${(e as Error).message}`));

  /** Lets a room go from this instance: stored, unlocked, forgotten (ended and empty, idle, or taken over). */
  function evict(r: Room, why: string) {
    if (rooms.get(r.state.code) !== r) return;
    rooms.delete(r.state.code);
    clearTimeout(r.saveTimer);
    clearTimeout(r.trainerTimer);
    void relay?.release(r.state.code);
    if (why) log(`live: ${why}`);
  }

  /** Takes over a room whose instance is gone: its clients connected here say their hellos again, now to this instance. */
  async function adopt(code: string) {
    for (const c of local.values())
      if (c.relayed && c.code === code && c.hello) {
        c.relayed = false;
        await handle(c, c.hello);
      }
  }

  /** Runs a message here, or relays it to the instance that runs its room. */
  async function dispatch(c: Client, m: LiveClientMessage, text: string) {
    const hello = m.t === 'trainer' || m.t === 'join' || m.t === 'screen';
    const code = hello ? m.code : c.code;
    if (!relay || !code || m.t === 'ping') return handle(c, m);
    await ready;
    const had = relay.ownsNow(code);
    if (await relay.owns(code)) {
      if (!had) await adopt(code);
      if (hello) c.relayed = false;
      return c.relayed ? undefined : handle(c, m);
    }
    if (hello) {
      c.code = m.code;
      c.hello = m;
      c.relayed = true;
    }
    if (c.relayed) relay.forward(code, c.id, c.address, text);
    else await handle(c, m);
  }

  const enqueue = (c: Client, m: LiveClientMessage, text?: string) => {
    c.queue = c.queue.then(() =>
      (text === undefined ? handle(c, m) : dispatch(c, m, text)).catch((e: unknown) => {
        // One message's failure is that message's: logged and answered, the server carries on.
        log(`live: a message failed: ${(e as Error).stack ?? String(e)}`);
        send(c, { t: 'error', error: 'server_error' });
      }),
    );
  };

  const leave = (client: Client) => {
    const r = client.code ? rooms.get(client.code) : undefined;
    if (!r) return;
    r.clients.delete(client);
    r.lastActive = now();
    if (r.state.ended && r.clients.size === 0) void persist(r).then(() => evict(r, ''));
    else trainersSoon(r);
  };

  const sweeper = setInterval(() => {
    // A room whose instance died is taken over by the next one that has its clients.
    if (relay) for (const code of new Set([...local.values()].filter((c) => c.relayed && c.code).map((c) => c.code!))) enqueueTakeover(code);
    // A room nobody has been in for ten minutes leaves memory (it stays in the database).
    for (const r of rooms.values()) if (r.clients.size === 0 && now() - r.lastActive > 10 * 60_000) void persist(r).then(() => evict(r, ''));
  }, 2_000);
  sweeper.unref();
  const enqueueTakeover = (code: string) =>
    void relay!
      .owns(code)
      .then((mine) => (mine ? adopt(code) : undefined))
      .catch((e: unknown) => log(`live: taking over room ${code} failed: ${(e as Error).message}`));

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  wss.on('connection', (ws: WebSocket, _req: unknown, address: string) => {
    const client: Client = { ws, id: randomBytes(9).toString('base64url'), address, queue: Promise.resolve() };
    local.set(client.id, client);
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
      enqueue(client, read.message, data.toString());
    });
    ws.on('close', () => {
      clearInterval(heartbeat);
      local.delete(client.id);
      if (client.relayed && client.code) relay?.gone(client.code, client.id);
      leave(client);
    });
  });

  return {
    createSession,
    exists: async (code: string) => {
      const open = rooms.get(code);
      if (open) return { moduleId: open.state.moduleId, ended: Boolean(open.state.ended) };
      // Asking about a room is no reason to run it here.
      const row = await sql.get<{ state: string }>('SELECT state FROM live_sessions WHERE code = ?', [code]);
      const state = row && (JSON.parse(row.state) as LiveSession);
      return state ? { moduleId: state.moduleId, ended: Boolean(state.ended) } : undefined;
    },
    /** Accepts WebSocket upgrades on `/live/ws` of this HTTP server (from the app's own origin and the listed ones). */
    attach(server: Server) {
      acceptUpgrades(server, wss, { ...sockets, log });
    },
    /** Writes every room now and closes the sockets (a graceful stop); resolves once every room is stored. */
    async close() {
      clearInterval(sweeper);
      const writes: Promise<void>[] = [];
      for (const r of rooms.values()) {
        writes.push(r.saveTimer ? persist(r) : r.saving);
        clearTimeout(r.trainerTimer);
      }
      // Every socket, also one that never said who it is; one that does not answer the close is cut.
      for (const ws of wss.clients) {
        ws.close(1001, 'server restarting');
        setTimeout(() => ws.terminate(), 1000).unref();
      }
      wss.close();
      await Promise.all(writes);
      await relay?.close();
    },
  };
}

export type LiveService = ReturnType<typeof liveService>;

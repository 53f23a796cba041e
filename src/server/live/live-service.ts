import { randomBytes, randomInt } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { joinCode, joinInPlace, seatFor, newSession, readLiveClientMessage, suggestName, type LiveClientMessage } from '../../domain';
import type { Db } from '../db';
import type { WindowLimiter } from '../limits/limiter';
import { sameSecret, sha256 } from '../request-helpers';
import type { TraineeRegistry } from '../trainees';
import type { SaveResult } from '../xapi/statement-store';
import { send, sendView, soon, stopTimers, type Client, type Room } from './live-room';
import { handlePhone, handleTrainer, sendSets, type MessageContext } from './live-messages';
import { acceptUpgrades, guardSocket, type SocketOptions } from './live-socket';
import { questionSetStore } from './question-set-store';
import { roomStore } from './room-store';

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
 * Live sessions over WebSocket: one room per join code, its state kept in the room store so a
 * restart finds every session as it was. Seats and the trainer's actions are written at once;
 * each answer goes into the answer journal with its statement before the phone is told, and the
 * room's state follows a quarter second later (and at once on shutdown). Every client that
 * reconnects says who it is again and gets its view back.
 */
export function liveService({ db, trainees, record, homePage, courseIri, limits, messagesPerSecond, sockets, log = (line) => console.warn(line), now = Date.now }: LiveOptions) {
  const rooms = new Map<string, Room>();
  const store = roomStore(db, record);
  const stamp = () => new Date(now()).toISOString();

  function room(code: string): Room | undefined {
    const open = rooms.get(code);
    if (open) return open;
    const saved = store.load(code);
    if (!saved) return undefined;
    const r: Room = { ...saved, clients: new Set(), timers: {} };
    rooms.set(code, r);
    return r;
  }

  const persist = (r: Room) => {
    clearTimeout(r.saveTimer);
    r.saveTimer = undefined;
    store.save(r.state, stamp());
  };
  const persistSoon = (r: Room) => {
    r.saveTimer ??= setTimeout(() => persist(r), 250);
  };
  const ctx: MessageContext = { store, sets: questionSetStore(db), homePage, courseIri, now, persist, persistSoon };

  function createSession(moduleId: string): { code: string; trainerKey: string } {
    let code = joinCode(() => randomInt(0, 1_000_000) / 1_000_000);
    while (room(code)) code = joinCode(() => randomInt(0, 1_000_000) / 1_000_000);
    const trainerKey = randomBytes(24).toString('base64url');
    const state = newSession(code, moduleId, now());
    store.create(state, sha256(trainerKey), stamp());
    rooms.set(code, { state, keyHash: sha256(trainerKey), clients: new Set(), timers: {} });
    return { code, trainerKey };
  }

  function hello(c: Client, m: Extract<LiveClientMessage, { t: 'trainer' | 'join' | 'screen' }>) {
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
      const problem = seatFor(r.state, m.pid, m.name, now(), employeeId, m.lang);
      if (problem === 'name_taken') return send(c, { t: 'error', error: problem, suggestion: suggestName(r.state, m.pid, m.name) });
      if (typeof problem === 'string') return send(c, { t: 'error', error: problem });
      if (!seated && limits.joins.take(c.address) > 0) return send(c, { t: 'error', error: 'rate_limited' });
      const changed = joinInPlace(r.state, m.pid, m.name, now(), employeeId, m.lang) === true;
      c.role = { kind: 'participant', pid: m.pid };
      // A seat is written at once: an answer journaled a moment later must find its participant after a crash.
      if (changed) persist(r);
    } else c.role = m.t === 'trainer' ? { kind: 'trainer' } : { kind: 'screen' };
    c.code = m.code;
    r.clients.add(c);
    send(c, { t: 'welcome', role: c.role.kind });
    sendView(r, c, now());
    if (c.role.kind === 'trainer') sendSets(ctx, r, c);
    soon(r, ['trainer', 'screen'], now);
  }

  function handle(c: Client, m: LiveClientMessage) {
    if (m.t === 'ping') return send(c, { t: 'pong' });
    if (m.t === 'trainer' || m.t === 'join' || m.t === 'screen') return hello(c, m);
    const r = c.code ? room(c.code) : undefined;
    if (!r || !c.role) return send(c, { t: 'error', error: 'no_session' });
    if (m.t === 'answer' || m.t === 'ask' || m.t === 'vote') {
      if (c.role.kind !== 'participant') return send(c, { t: 'error', error: 'not_participant' });
      return handlePhone(ctx, r, c, c.role.pid, m);
    }
    if (c.role.kind !== 'trainer') return send(c, { t: 'error', error: 'not_trainer' });
    handleTrainer(ctx, r, c, m);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 60 * 1024 });
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
        soon(r, ['trainer', 'screen'], now);
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
        stopTimers(r);
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

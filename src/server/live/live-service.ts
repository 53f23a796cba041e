import { randomBytes, randomInt } from 'node:crypto';
import type { Server } from 'node:http';
import { joinCode, joinInPlace, seatFor, newSession, suggestName, type LiveClientMessage } from '../../domain';
import type { WindowLimiter } from '../limits/limiter';
import { sameSecret, sha256 } from '../request-helpers';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import type { Coordinator, Sql } from '../storage/sql';
import type { TraineeRegistry } from '../trainees';
import type { SaveResult } from '../xapi/statement-store';
import { clientSockets } from './client-sockets';
import { send, sendView, soon, stopTimers, type Client, type Room } from './live-room';
import { handlePhone, handleTrainer, sendSets, type MessageContext } from './live-messages';
import { acceptUpgrades, type SocketOptions } from './live-socket';
import { openRooms } from './open-rooms';
import { questionSetStore } from './question-set-store';
import { relayedClients } from './relayed-clients';
import { remoteControl } from './remote-control';
import { roomStore } from './room-store';

type Hello = Extract<LiveClientMessage, { t: 'trainer' | 'join' | 'screen' }>;

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
 * Live sessions over WebSocket: one room per join code, its state kept in the room store so a
 * restart finds every session as it was. Seats and the trainer's actions are written at once;
 * each answer goes into the answer journal with its statement before the room (or any phone)
 * has it, and stays there: the saved state holds no answers, a loaded room replays them from the
 * journal. Other changes (Q&A, slides) are saved a quarter second later (at once on shutdown). Every
 * client that reconnects says who it is again and gets its view back. With several instances on
 * one PostgreSQL, each room runs on one of them and the others relay their sockets to it.
 */
export function liveService({ sql, trainees, record, homePage, courseIri, limits, messagesPerSecond, sockets, coordinator, courseId = DEFAULT_COURSE_ID, log = (line) => console.warn(line), now = Date.now }: LiveOptions) {
  const store = roomStore(sql, record, courseId);
  const remoteKeys = remoteControl(now);
  const stamp = () => new Date(now()).toISOString();
  const { rooms, room, persist, persistSoon, evict } = openRooms({ store, now, stamp, log, release: (code) => void relay?.release(code) });
  const ctx: MessageContext = { store, sets: questionSetStore(sql), homePage, courseIri, now, persist, persistSoon };

  async function createSession(moduleId: string): Promise<{ code: string; trainerKey: string }> {
    const trainerKey = randomBytes(24).toString('base64url');
    for (;;) {
      const state = newSession(joinCode(() => randomInt(0, 1_000_000) / 1_000_000), moduleId, now());
      // A code in use (here or on another instance) is drawn again; the insert is the arbiter.
      if (!(await store.create(state, sha256(trainerKey), stamp()))) continue;
      await relay?.owns(state.code);
      rooms.set(state.code, { state, keyHash: sha256(trainerKey), version: 0, clients: new Set(), timers: {}, saving: Promise.resolve(), lastActive: now() });
      return { code: state.code, trainerKey };
    }
  }

  /**
   * A phone whose token the server no longer knows leaves the room (not its seat, which waits for
   * it to come back with a fresh token) and is told so; `qid` names the answer that did not count.
   */
  function signedOut(c: Client, r: Room, qid?: string) {
    if (c.code === r.state.code && r.clients.delete(c)) {
      c.role = undefined;
      soon(r, ['trainer', 'screen'], now);
    }
    send(c, { t: 'error', error: 'signed_out', ...(qid ? { qid } : {}) });
  }

  /** Whether a phone that sat down with a sign-in's token still has it (a guest has none to lose). */
  const stillSignedIn = async (c: Client) => c.hello?.t !== 'join' || !c.hello.token || (await trainees.identify(c.hello.token)) !== undefined;

  async function hello(c: Client, m: Hello) {
    // Only misses count, so a whole class behind one address can use its code at once.
    if ((await limits.misses.retryAfter(c.address)) > 0) return send(c, { t: 'error', error: 'rate_limited' });
    const r = await room(m.code);
    if (!r) {
      await limits.misses.add(c.address);
      return send(c, { t: 'error', error: 'no_session' });
    }
    if (m.t === 'trainer' && !sameSecret(sha256(m.key), r.keyHash)) return send(c, { t: 'error', error: 'not_trainer' });
    if (c.code && c.code !== m.code) rooms.get(c.code)?.clients.delete(c);
    if (m.t === 'join') {
      // One connection is one phone: it cannot take a second seat (a phone coming back keeps its own).
      if (c.role?.kind === 'participant' && c.role.pid !== m.pid) return send(c, { t: 'error', error: 'one_seat' });
      const employeeId = m.token ? (await trainees.identify(m.token))?.employeeId : undefined;
      // A token the server no longer knows (its sign-in ran out, or an admin removed its identity)
      // seats nobody: as a guest, the trainee's answers would count for no one and nobody would know.
      // A seat it had stays as it is, for the phone to come back to with a fresh token.
      if (m.token && !employeeId) return signedOut(c, r);
      if (!r.state.participants[m.pid] && typeof seatFor(r.state, m.pid, m.name, now(), employeeId, m.lang) !== 'string' && (await limits.joins.take(c.address)) > 0)
        return send(c, { t: 'error', error: 'rate_limited' });
      // Asked again after the waits above: the room may have moved on meanwhile.
      const problem = seatFor(r.state, m.pid, m.name, now(), employeeId, m.lang);
      if (problem === 'name_taken') return send(c, { t: 'error', error: problem, suggestion: suggestName(r.state, m.pid, m.name) });
      if (typeof problem === 'string') return send(c, { t: 'error', error: problem });
      const changed = joinInPlace(r.state, m.pid, m.name, now(), employeeId, m.lang) === true;
      c.role = { kind: 'participant', pid: m.pid };
      // A seat is written at once: an answer journaled a moment later must find its participant after a crash.
      if (changed) await persist(r);
    } else c.role = m.t === 'trainer' ? { kind: 'trainer' } : { kind: 'screen' };
    c.code = m.code;
    c.hello = m;
    r.lastActive = now();
    r.clients.add(c);
    send(c, { t: 'welcome', role: c.role.kind });
    sendView(r, c, now());
    if (c.role.kind === 'trainer') await sendSets(ctx, r, c);
    soon(r, ['trainer', 'screen'], now);
  }

  async function handle(c: Client, m: LiveClientMessage) {
    if (m.t === 'ping') return send(c, { t: 'pong' });
    if (m.t === 'trainer' || m.t === 'join' || m.t === 'screen') return hello(c, m);
    const r = c.code ? await room(c.code) : undefined;
    if (!r || !c.role) return send(c, { t: 'error', error: 'no_session' });
    r.lastActive = now();
    if (remoteKeys.handles(m)) return remoteKeys.handle(r.state.code, r.clients, c, m, send);
    if (m.t === 'answer' || m.t === 'ask' || m.t === 'vote') {
      if (c.role.kind !== 'participant') return send(c, { t: 'error', error: 'not_participant' });
      // A seated phone answers for its employee only while the sign-in it joined with lasts: once
      // that runs out (or is signed out), its answers would go on record for someone who has left.
      if (!(await stillSignedIn(c))) return signedOut(c, r, m.t === 'answer' ? m.qid : undefined);
      return handlePhone(ctx, r, c, c.role.pid, m);
    }
    if (c.role.kind !== 'trainer') return send(c, { t: 'error', error: 'not_trainer' });
    return handleTrainer(ctx, r, c, m);
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
    else soon(r, ['trainer', 'screen'], now);
  };

  const { local, relay, dispatch, takeOver } = relayedClients({ sql, coordinator, log, hello, handle, enqueue, leave });

  const sweeper = setInterval(() => {
    // A room whose instance died is taken over by the next one that has its clients.
    if (relay) for (const code of new Set([...local.values()].filter((c) => c.relayed && c.code).map((c) => c.code!))) takeOver(code);
    // A room nobody has been in for ten minutes leaves memory (it stays in the database).
    for (const r of rooms.values()) if (r.clients.size === 0 && now() - r.lastActive > 10 * 60_000) void persist(r).then(() => evict(r, ''));
  }, 2_000);
  sweeper.unref();

  const wss = clientSockets({
    local,
    messagesPerSecond,
    log,
    enqueue,
    closed(client) {
      if (client.relayed && client.code) relay?.gone(client.code, client.id);
      leave(client);
    },
  });

  return {
    createSession,
    exists: async (code: string) => {
      // Asking about a room is no reason to run it here.
      const state = rooms.get(code)?.state ?? (await store.peek(code));
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
        stopTimers(r);
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

import type { WebSocket } from 'ws';
import { liveMessageText, liveViewText, participantView, roomFacts, screenView, trainerView, type LiveClientMessage, type LiveServerBody, type LiveSession, type RoomFacts } from '../../domain';

export type Role = { kind: 'trainer' } | { kind: 'participant'; pid: string } | { kind: 'screen' };
/** What a client's answers go through: its own WebSocket, or the relay to the instance it is connected to. */
export type Outlet = Pick<WebSocket, 'readyState' | 'OPEN' | 'send'>;
export interface Client {
  ws: Outlet & Partial<Pick<WebSocket, 'close'>>;
  id: string;
  address: string;
  code?: string;
  role?: Role;
  /** The last hello, said again for the client when this instance takes over its room. */
  hello?: Extract<LiveClientMessage, { t: 'trainer' | 'join' | 'screen' }>;
  /** Connected here, its room run by another instance. */
  relayed?: boolean;
  /** This socket's messages, handled one after another in the order they came. */
  queue: Promise<void>;
}
export interface Room {
  state: LiveSession;
  keyHash: string;
  clients: Set<Client>;
  saveTimer?: ReturnType<typeof setTimeout>;
  /** The room's writes, one after another: each writes the state as it is when its turn comes. */
  saving: Promise<void>;
  /** The saved version a save builds on (compare-and-set). */
  version: number;
  lastActive: number;
  /** Pending redraws, per role: answers can come in hundreds a second. */
  timers: Partial<Record<Role['kind'], ReturnType<typeof setTimeout>>>;
}

export const send = (c: Client, message: LiveServerBody) => {
  if (c.ws.readyState === c.ws.OPEN) c.ws.send(liveMessageText(message));
};

const connectedParticipants = (r: Room) => new Set([...r.clients].flatMap((c) => (c.role?.kind === 'participant' ? [c.role.pid] : []))).size;

/** Each question as shown serialized once per broadcast, however many phones see it. */
type SharedJson = (question: object) => string;
const sharedJson = (): SharedJson => {
  const made = new Map<object, string>();
  return (question) => {
    let text = made.get(question);
    if (text === undefined) made.set(question, (text = JSON.stringify(question)));
    return text;
  };
};

/** Sends a client the view of its role (the room's shared figures, and its questions' text, worked out by the caller when it sends many). */
export function sendView(r: Room, c: Client, now: number, facts: RoomFacts = roomFacts(r.state), json: SharedJson = JSON.stringify) {
  if (!c.role || c.ws.readyState !== c.ws.OPEN) return;
  if (c.role.kind === 'trainer') send(c, { t: 'view', view: trainerView(r.state, connectedParticipants(r), now, facts) });
  else if (c.role.kind === 'participant') c.ws.send(liveViewText(participantView(r.state, c.role.pid, now, facts), json));
  else send(c, { t: 'view', view: screenView(r.state, now, facts) });
}

/**
 * Sends every client of these roles its view now: the phones first (a pushed question reaches
 * the hall before the console's and the projector's heavier views, with their leaderboards, are made).
 */
export function everyone(r: Room, kinds: readonly Role['kind'][], now: () => number) {
  const facts = roomFacts(r.state);
  const at = now();
  const json = sharedJson();
  if (kinds.includes('participant')) for (const c of r.clients) if (c.role?.kind === 'participant') sendView(r, c, at, facts, json);
  for (const c of r.clients) if (c.role && c.role.kind !== 'participant' && kinds.includes(c.role.kind)) sendView(r, c, at, facts);
}

// The trainer's chart and the projector are redrawn at most ten times a second; phones (a Q&A list) about three.
const PAUSE: Record<Role['kind'], number> = { trainer: 100, screen: 100, participant: 300 };

/** Redraws these roles soon, once for however many changes come in the meantime. */
export function soon(r: Room, kinds: readonly Role['kind'][], now: () => number) {
  for (const kind of kinds)
    r.timers[kind] ??= setTimeout(() => {
      r.timers[kind] = undefined;
      everyone(r, [kind], now);
    }, PAUSE[kind]);
}

export function stopTimers(r: Room) {
  for (const t of Object.values(r.timers)) clearTimeout(t);
  r.timers = {};
}

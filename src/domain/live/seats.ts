/** Who sits in a live session: joining under a name no other seat has, coming back after a reload, being removed. */
import { hasUnsafeChars } from '../profile';
import type { LiveError, LiveSession, Participant, PhoneLocale } from './session';

export const MAX_PARTICIPANTS = 2000;
export const NAME_MAX = 30;

const nameKey = (name: string) => name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

// The name keys of a room's seats, per participants object: worked out once, not once per join.
const keysCache = new WeakMap<Record<string, Participant>, Map<string, string>>();
function nameKeys(participants: Record<string, Participant>): Map<string, string> {
  let keys = keysCache.get(participants);
  if (!keys) {
    keys = new Map(Object.entries(participants).map(([pid, p]) => [nameKey(p.name), pid]));
    keysCache.set(participants, keys);
  }
  return keys;
}

/** Whether another seat already goes by this name (compared without case or extra spaces). */
function nameTaken(s: LiveSession, pid: string, name: string): boolean {
  const holder = nameKeys(s.participants).get(nameKey(name));
  return holder !== undefined && holder !== pid;
}

/** A free variant of a taken name: "李雷 2", "李雷 3"… (within the length limit). */
export function suggestName(s: LiveSession, pid: string, name: string): string {
  const base = name.trim().slice(0, NAME_MAX - 4);
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!nameTaken(s, pid, candidate)) return candidate;
  }
}

/** The seat a join would give, or why it cannot be had. */
export function seatFor(s: LiveSession, pid: string, name: string, now: number, employeeId?: string, lang?: PhoneLocale): Participant | LiveError {
  if (s.removed?.includes(pid)) return 'removed';
  // After the end a phone that had a seat comes back to it as it was (to read how it did); nobody new sits down.
  if (s.ended) return s.participants[pid] ?? 'ended';
  const clean = name.trim().slice(0, NAME_MAX);
  if (!clean || hasUnsafeChars(clean)) return 'name';
  if (nameTaken(s, pid, clean)) return 'name_taken';
  const existing = s.participants[pid];
  if (!existing && nameKeys(s.participants).size >= MAX_PARTICIPANTS) return 'full';
  const id = employeeId ?? existing?.employeeId;
  const language = lang ?? existing?.lang;
  return { name: clean, joinedAt: existing?.joinedAt ?? now, ...(id ? { employeeId: id } : {}), ...(language ? { lang: language } : {}) };
}

/** A participant joins, or comes back under the same id (a reload): never a second seat, never a second person's name. */
export function join(s: LiveSession, pid: string, name: string, now: number, employeeId?: string, lang?: PhoneLocale): LiveSession | LiveError {
  const seat = seatFor(s, pid, name, now, employeeId, lang);
  if (typeof seat === 'string') return seat;
  return { ...s, participants: { ...s.participants, [pid]: seat } };
}

/**
 * `join` written into the room in place, for the server's hot path: a hall of 1,000 copying the
 * room for every seat is quadratic. True when the seat is new or changed.
 */
export function joinInPlace(s: LiveSession, pid: string, name: string, now: number, employeeId?: string, lang?: PhoneLocale): boolean | LiveError {
  const seat = seatFor(s, pid, name, now, employeeId, lang);
  if (typeof seat === 'string') return seat;
  const before = s.participants[pid];
  if (before && JSON.stringify(before) === JSON.stringify(seat)) return false;
  const keys = nameKeys(s.participants);
  if (before) keys.delete(nameKey(before.name));
  s.participants[pid] = seat;
  keys.set(nameKey(seat.name), pid);
  return true;
}

/** The trainer takes a seat out of the session: off the leaderboard, and it cannot come back. */
export function removeParticipant(s: LiveSession, pid: string): LiveSession {
  if (!s.participants[pid]) return s;
  const participants = { ...s.participants };
  const seat = participants[pid]!;
  delete participants[pid];
  return { ...s, participants, removed: [...(s.removed ?? []), pid], removedSeats: { ...s.removedSeats, [pid]: seat } };
}

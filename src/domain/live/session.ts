/**
 * A live session: a trainer pushes questions, participants answer from their phones.
 * Pure state and rules; the server keeps one per join code and sends each role its view.
 */
import { hasUnsafeChars } from '../profile';
import type { ObjectionType, ReplyStep } from '../roleplay/types';
import type { GoalContext } from '../smart';

export type Bilingual = Record<string, string>;
export type PhoneLocale = 'zh-CN' | 'en';
type Option = { id: string; text: Bilingual };

/** The company a SMART goal call is about: phones see its name and summary, goals are judged against its figures. */
export interface LiveScenario {
  id: string;
  name: Bilingual;
  summary: Bilingual;
  year: number;
  /** What the analyzer knows of the company, per phone language. */
  context: Partial<Record<PhoneLocale, GoalContext>>;
}

export type LiveQuestion =
  | { id: string; kind: 'poll'; prompt: Bilingual; options: Option[]; pushedAt: number }
  | { id: string; kind: 'quiz'; prompt: Bilingual; options: Option[]; multiple: boolean; correct: string[]; itemId: string; pushedAt: number; seconds: number }
  /** A SMART goal call; an empty prompt means each phone words the call in its own language. */
  | { id: string; kind: 'smart'; prompt: Bilingual; scenario?: LiveScenario; pushedAt: number }
  /** A customer's objection: phones answer in their own words, the room sees the split by LSCPA step. */
  | { id: string; kind: 'objection'; prompt: Bilingual; objection: ObjectionType; pushedAt: number }
  /** Open text: the room sees the answers as a word cloud. */
  | { id: string; kind: 'open'; prompt: Bilingual; pushedAt: number }
  /** A rating from 1 to `max`, with words for both ends. */
  | { id: string; kind: 'rating'; prompt: Bilingual; max: number; low: Bilingual; high: Bilingual; pushedAt: number }
  /** Audience Q&A: phones ask and upvote, the trainer marks questions answered. */
  | { id: string; kind: 'qa'; prompt: Bilingual; pushedAt: number };

/** Why a SMART criterion is not met, as the analyzer says it: each phone words it in its language. */
export type GoalReason = { key: string; values?: Record<string, number | string | string[]> };

export type LiveAnswer =
  /** A tap on options; `order` is the order this seat was shown them in. */
  | { optionIds: string[]; at: number; order?: string[] }
  /** A SMART goal: a verdict per criterion and, for each one not met, the analyzer's reason (a feedback key and its figures). */
  | { text: string; at: number; metCount: number; verdicts: Record<string, string>; locale?: PhoneLocale; why?: Record<string, GoalReason> }
  | { text: string; at: number; step: ReplyStep; warnings: string[]; locale: PhoneLocale }
  | { text: string; at: number; words: string[] }
  | { rating: number; at: number };

export interface Participant {
  name: string;
  joinedAt: number;
  /** The trainee's xAPI identity when they joined with their course token; otherwise anonymous in this session. */
  employeeId?: string;
  /** The phone's language: what it reads and writes in. */
  lang?: PhoneLocale;
}

/** A question the room asked in a Q&A round. */
export interface QaEntry {
  id: string;
  qid: string;
  pid: string;
  text: string;
  at: number;
  votes: string[];
  answered: boolean;
}

/** What the audience screen shows over the slide. */
export type ScreenStage = 'join' | 'question' | 'board' | 'podium' | 'hidden';
export const SCREEN_STAGES = ['join', 'question', 'board', 'podium', 'hidden'] as const satisfies readonly ScreenStage[];

export interface LiveSession {
  code: string;
  moduleId: string;
  createdAt: number;
  participants: Record<string, Participant>;
  /** Seats the trainer removed: they cannot come back into this session. */
  removed?: string[];
  /** Who those seats were: their answers stay in the results under the name they had. */
  removedSeats?: Record<string, Participant>;
  questions: LiveQuestion[];
  /** The question on phones now, if any. */
  currentId?: string;
  revealed: string[];
  /** question id → participant id → answer (one per participant: a reload cannot count twice) */
  answers: Record<string, Record<string, LiveAnswer>>;
  qa?: QaEntry[];
  stage?: ScreenStage;
  slide?: { moduleId: string; slideId: string; black: boolean };
  ended?: boolean;
}

export const MAX_PARTICIPANTS = 2000;
export const NAME_MAX = 30;
/** A phone's answer may reach the server this long after the countdown reached zero on its screen. */
export const LATE_GRACE_MS = 1000;
export const QA_MAX = 300;

export function newSession(code: string, moduleId: string, now: number): LiveSession {
  return { code, moduleId, createdAt: now, participants: {}, questions: [], revealed: [], answers: {}, stage: 'join' };
}

export type LiveError = 'ended' | 'full' | 'name' | 'name_taken' | 'removed' | 'no_question' | 'closed' | 'late' | 'invalid_answer' | 'unknown_question';

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

export function push(s: LiveSession, q: LiveQuestion): LiveSession {
  if (s.ended) return s;
  return { ...s, questions: [...s.questions.filter((x) => x.id !== q.id), q], currentId: q.id, stage: 'question' };
}

export function reveal(s: LiveSession, qid: string): LiveSession {
  return s.revealed.includes(qid) ? s : { ...s, revealed: [...s.revealed, qid] };
}

export const showStage = (s: LiveSession, stage: ScreenStage): LiveSession => ({ ...s, stage });

/**
 * The session ends on the podium. The question still open is closed as a reveal would close it:
 * the answers already in count (a quiz item's points reach the final standing). Ending an ended
 * session (a second console, a double click) changes nothing.
 */
export function end(s: LiveSession): LiveSession {
  if (s.ended) return s;
  const closed = s.currentId ? reveal(s, s.currentId) : s;
  return { ...closed, ended: true, currentId: undefined, stage: 'podium' };
}

/** When a timed question stops taking answers (server time, ms), or undefined for untimed ones. */
export const closesAt = (q: LiveQuestion): number | undefined => (q.kind === 'quiz' ? q.pushedAt + q.seconds * 1000 : undefined);

function fits(q: LiveQuestion, value: LiveAnswer): boolean {
  if ('optionIds' in value) {
    if ((q.kind !== 'poll' && q.kind !== 'quiz') || value.optionIds.length === 0) return false;
    const ids = new Set(q.options.map((o) => o.id));
    return value.optionIds.every((id) => ids.has(id)) && (value.optionIds.length === 1 || (q.kind === 'quiz' && q.multiple));
  }
  if ('rating' in value) return q.kind === 'rating' && Number.isInteger(value.rating) && value.rating >= 1 && value.rating <= q.max;
  const kind = 'verdicts' in value ? 'smart' : 'step' in value ? 'objection' : 'open';
  return q.kind === kind && value.text.trim().length > 0;
}

/** Why an answer to the current question cannot be taken, 'duplicate' when the seat has answered already, or undefined. */
export function answerProblem(s: LiveSession, pid: string, qid: string, value: LiveAnswer): LiveError | 'duplicate' | undefined {
  if (s.ended) return 'ended';
  if (!s.participants[pid]) return 'name';
  const q = s.questions.find((x) => x.id === qid);
  if (!q) return 'unknown_question';
  if (s.currentId !== qid || s.revealed.includes(qid)) return 'closed';
  if (q.kind === 'qa' || !fits(q, value)) return 'invalid_answer';
  if (s.answers[qid]?.[pid]) return 'duplicate';
  const closing = closesAt(q);
  if (closing !== undefined && value.at > closing + LATE_GRACE_MS) return 'late';
  return undefined;
}

/** A participant's answer to the current question; the first one counts (a reload or a double tap changes nothing). */
export function answer(s: LiveSession, pid: string, qid: string, value: LiveAnswer): LiveSession | LiveError {
  const problem = answerProblem(s, pid, qid, value);
  if (problem === 'duplicate') return s;
  if (problem) return problem;
  return { ...s, answers: { ...s.answers, [qid]: { ...s.answers[qid], [pid]: value } } };
}

/** Writes an answer `answerProblem` found nothing wrong with into the room in place (the server's hot path, as `joinInPlace`). */
export function answerInPlace(s: LiveSession, pid: string, qid: string, value: LiveAnswer) {
  (s.answers[qid] ??= {})[pid] = value;
}

/** How many chose each option (polls and quiz items), each rating, took each LSCPA step, or met each SMART criterion. */
export function counts(s: LiveSession, qid: string): { answered: number; byOption: Record<string, number> } {
  const q = s.questions.find((x) => x.id === qid);
  const answers = Object.values(s.answers[qid] ?? {});
  const byOption: Record<string, number> = {};
  if (q && (q.kind === 'poll' || q.kind === 'quiz')) for (const o of q.options) byOption[o.id] = 0;
  if (q?.kind === 'rating') for (let r = 1; r <= q.max; r++) byOption[String(r)] = 0;
  for (const a of answers) {
    if ('optionIds' in a) for (const id of a.optionIds) byOption[id] = (byOption[id] ?? 0) + 1;
    else if ('rating' in a) byOption[String(a.rating)] = (byOption[String(a.rating)] ?? 0) + 1;
    else if ('step' in a) byOption[a.step] = (byOption[a.step] ?? 0) + 1;
    else if ('verdicts' in a) for (const [criterion, verdict] of Object.entries(a.verdicts)) if (verdict === 'met') byOption[criterion] = (byOption[criterion] ?? 0) + 1;
  }
  return { answered: answers.length, byOption };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Whether two answers say the same (what was chosen, rated or written, not when): the server
 * tells a phone that sends its seat's answer again (its acknowledgement was lost) that it is in,
 * and a second screen of the seat that sends another that it is not.
 */
export function sameAnswer(a: LiveAnswer, b: LiveAnswer): boolean {
  if ('optionIds' in a || 'optionIds' in b) return 'optionIds' in a && 'optionIds' in b && sameSet(a.optionIds, b.optionIds);
  if ('rating' in a || 'rating' in b) return 'rating' in a && 'rating' in b && a.rating === b.rating;
  return a.text === b.text;
}

/** A quiz answer is right when it chose exactly the right options. */
export const isRight = (q: Extract<LiveQuestion, { kind: 'quiz' }>, optionIds: readonly string[]) => sameSet(optionIds, q.correct);

/** Points for a right answer given `elapsed` ms into a question of `seconds`: 1,000 at once, down to 500 at the time limit. */
export const pointsAt = (elapsed: number, seconds: number) => Math.round(1000 - 500 * Math.max(0, Math.min(1, elapsed / (seconds * 1000))));

/** Kahoot-style points for a quiz item: 1,000 for an instant right answer, down to 500 at the time limit. */
export function points(q: LiveQuestion, a: LiveAnswer | undefined): number {
  if (q.kind !== 'quiz' || !a || !('optionIds' in a) || !isRight(q, a.optionIds)) return 0;
  return pointsAt(a.at - q.pushedAt, q.seconds);
}

/** A seat on the leaderboard; `rank` is shared by equal totals (1, 2, 2, 4). */
export type BoardRow = { pid: string; name: string; points: number; correct: number; rank: number };

// One collator for every sort: `localeCompare` with a locale builds a new one per call, far too slow for a hall.
const byName = new Intl.Collator('zh-CN').compare;

/** The leaderboard over the revealed quiz items: total points, then name; equal totals share a rank. */
export function leaderboard(s: LiveSession): BoardRow[] {
  const revealedQuiz = s.questions.filter((q) => q.kind === 'quiz' && s.revealed.includes(q.id));
  const rows = Object.entries(s.participants)
    .map(([pid, p]) => {
      let total = 0;
      let correct = 0;
      for (const q of revealedQuiz) {
        const got = points(q, s.answers[q.id]?.[pid]);
        total += got;
        if (got > 0) correct += 1;
      }
      return { pid, name: p.name, points: total, correct, rank: 0 };
    })
    .sort((a, b) => b.points - a.points || byName(a.name, b.name));
  rows.forEach((row, i) => (row.rank = i > 0 && rows[i - 1]!.points === row.points ? rows[i - 1]!.rank : i + 1));
  return rows;
}

/** Who stands on the podium: the first three places, and only those who scored. */
export const podium = <R extends { points: number; rank: number }>(board: readonly R[]): R[] => board.filter((r) => r.points > 0 && r.rank <= 3);

/** A six-digit join code from random digits (the caller brings the randomness). */
export function joinCode(random: () => number): string {
  return String(Math.floor(random() * 900_000) + 100_000);
}

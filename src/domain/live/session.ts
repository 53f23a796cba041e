/**
 * A live session: a trainer pushes questions, participants answer from their phones.
 * Pure state and rules; the server keeps one per join code (in SQLite) and sends each role its view.
 */
import { hasUnsafeChars } from '../profile';
import type { ObjectionType, ReplyStep } from '../roleplay/types';

export type Bilingual = Record<string, string>;

export type LiveQuestion =
  | { id: string; kind: 'poll'; prompt: Bilingual; options: { id: string; text: Bilingual }[]; pushedAt: number }
  | { id: string; kind: 'quiz'; prompt: Bilingual; options: { id: string; text: Bilingual }[]; multiple: boolean; correct: string[]; itemId: string; pushedAt: number; seconds: number }
  | { id: string; kind: 'smart'; prompt: Bilingual; pushedAt: number }
  /** A customer's objection: phones answer in their own words, the room sees the split by LSCPA step. */
  | { id: string; kind: 'objection'; prompt: Bilingual; objection: ObjectionType; pushedAt: number };

export type LiveAnswer =
  | { optionIds: string[]; at: number }
  | { text: string; at: number; metCount: number; verdicts: Record<string, string> }
  | { text: string; at: number; step: ReplyStep; warnings: string[]; locale: 'zh-CN' | 'en' };

export interface Participant {
  name: string;
  joinedAt: number;
  /** The trainee's xAPI identity when they joined with their course token; otherwise anonymous in this session. */
  employeeId?: string;
}

export interface LiveSession {
  code: string;
  moduleId: string;
  createdAt: number;
  participants: Record<string, Participant>;
  questions: LiveQuestion[];
  /** The question on phones now, if any. */
  currentId?: string;
  revealed: string[];
  /** question id → participant id → answer (one per participant: a reload cannot count twice) */
  answers: Record<string, Record<string, LiveAnswer>>;
  slide?: { moduleId: string; slideId: string; black: boolean };
  ended?: boolean;
}

export const MAX_PARTICIPANTS = 500;
export const NAME_MAX = 30;

export function newSession(code: string, moduleId: string, now: number): LiveSession {
  return { code, moduleId, createdAt: now, participants: {}, questions: [], revealed: [], answers: {} };
}

export type LiveError = 'ended' | 'full' | 'name' | 'no_question' | 'closed' | 'invalid_answer' | 'unknown_question';

/** A participant joins, or comes back under the same id (a reload): never a second seat. */
export function join(s: LiveSession, pid: string, name: string, now: number, employeeId?: string): LiveSession | LiveError {
  if (s.ended) return 'ended';
  const clean = name.trim().slice(0, NAME_MAX);
  if (!clean || hasUnsafeChars(clean)) return 'name';
  const existing = s.participants[pid];
  if (!existing && Object.keys(s.participants).length >= MAX_PARTICIPANTS) return 'full';
  return { ...s, participants: { ...s.participants, [pid]: { name: clean, joinedAt: existing?.joinedAt ?? now, ...(employeeId ? { employeeId } : existing?.employeeId ? { employeeId: existing.employeeId } : {}) } } };
}

export function push(s: LiveSession, q: LiveQuestion): LiveSession {
  if (s.ended) return s;
  return { ...s, questions: [...s.questions.filter((x) => x.id !== q.id), q], currentId: q.id };
}

export function reveal(s: LiveSession, qid: string): LiveSession {
  return s.revealed.includes(qid) ? s : { ...s, revealed: [...s.revealed, qid] };
}

export function end(s: LiveSession): LiveSession {
  return { ...s, ended: true, currentId: undefined };
}

/** A participant's answer to the current question; the first one counts (a reload or a double tap changes nothing). */
export function answer(s: LiveSession, pid: string, qid: string, value: LiveAnswer): LiveSession | LiveError {
  if (s.ended) return 'ended';
  if (!s.participants[pid]) return 'name';
  const q = s.questions.find((x) => x.id === qid);
  if (!q) return 'unknown_question';
  if (s.currentId !== qid || s.revealed.includes(qid)) return 'closed';
  if ('optionIds' in value) {
    if (q.kind === 'smart' || q.kind === 'objection' || value.optionIds.length === 0) return 'invalid_answer';
    const ids = new Set(q.options.map((o) => o.id));
    if (!value.optionIds.every((id) => ids.has(id))) return 'invalid_answer';
    if (value.optionIds.length > 1 && !(q.kind === 'quiz' && q.multiple)) return 'invalid_answer';
  } else if (q.kind !== ('verdicts' in value ? 'smart' : 'objection') || !value.text.trim()) return 'invalid_answer';
  if (s.answers[qid]?.[pid]) return s;
  return { ...s, answers: { ...s.answers, [qid]: { ...s.answers[qid], [pid]: value } } };
}

/** How many chose each option (polls and quiz items), or met each SMART criterion (goal calls). */
export function counts(s: LiveSession, qid: string): { answered: number; byOption: Record<string, number> } {
  const q = s.questions.find((x) => x.id === qid);
  const answers = Object.values(s.answers[qid] ?? {});
  const byOption: Record<string, number> = {};
  if (q && (q.kind === 'poll' || q.kind === 'quiz')) for (const o of q.options) byOption[o.id] = 0;
  for (const a of answers) {
    if ('optionIds' in a) for (const id of a.optionIds) byOption[id] = (byOption[id] ?? 0) + 1;
    else if ('step' in a) byOption[a.step] = (byOption[a.step] ?? 0) + 1;
    else for (const [criterion, verdict] of Object.entries(a.verdicts)) if (verdict === 'met') byOption[criterion] = (byOption[criterion] ?? 0) + 1;
  }
  return { answered: answers.length, byOption };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** A quiz answer is right when it chose exactly the right options. */
export const isRight = (q: Extract<LiveQuestion, { kind: 'quiz' }>, optionIds: readonly string[]) => sameSet(optionIds, q.correct);

/** Kahoot-style points for a revealed quiz item: 1,000 for an instant right answer, down to 500 at the time limit. */
export function points(q: LiveQuestion, a: LiveAnswer | undefined): number {
  if (q.kind !== 'quiz' || !a || !('optionIds' in a) || !isRight(q, a.optionIds)) return 0;
  const elapsed = Math.max(0, Math.min(1, (a.at - q.pushedAt) / (q.seconds * 1000)));
  return Math.round(1000 - 500 * elapsed);
}

/** The leaderboard over the revealed quiz items: total points, then name. */
export function leaderboard(s: LiveSession): { pid: string; name: string; points: number; correct: number }[] {
  const revealedQuiz = s.questions.filter((q) => q.kind === 'quiz' && s.revealed.includes(q.id));
  return Object.entries(s.participants)
    .map(([pid, p]) => {
      let total = 0;
      let correct = 0;
      for (const q of revealedQuiz) {
        const got = points(q, s.answers[q.id]?.[pid]);
        total += got;
        if (got > 0) correct += 1;
      }
      return { pid, name: p.name, points: total, correct };
    })
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name, 'zh-CN'));
}

/** A six-digit join code from random digits (the caller brings the randomness). */
export function joinCode(random: () => number): string {
  return String(Math.floor(random() * 900_000) + 100_000);
}

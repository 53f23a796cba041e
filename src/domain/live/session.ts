/**
 * A live session: a trainer pushes questions, participants answer from their phones.
 * Pure state and rules; the server keeps one per join code and sends each role its view.
 */
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

export const QA_MAX = 300;

export function newSession(code: string, moduleId: string, now: number): LiveSession {
  return { code, moduleId, createdAt: now, participants: {}, questions: [], revealed: [], answers: {}, stage: 'join' };
}

export type LiveError = 'ended' | 'full' | 'name' | 'name_taken' | 'removed' | 'no_question' | 'closed' | 'late' | 'invalid_answer' | 'unknown_question';

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

/** A six-digit join code from random digits (the caller brings the randomness). */
export function joinCode(random: () => number): string {
  return String(Math.floor(random() * 900_000) + 100_000);
}

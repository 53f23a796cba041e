import type { LiveQuestion, LiveSession } from './session';

/** The kinds of question a phone answers (a Q&A round is asked in and voted on, not answered). */
export type AnsweredKind = Exclude<LiveQuestion['kind'], 'qa'>;
export const ANSWERED_KINDS = ['quiz', 'poll', 'smart', 'objection', 'open', 'rating'] as const satisfies readonly AnsweredKind[];

/** What one seat did in a session, for the thank-you its phone shows at the end. */
export interface TookPart {
  /** How many questions the room was asked (Q&A rounds apart). */
  questions: number;
  /** This seat's answers, per kind of question (kinds it never answered left out). */
  answered: Partial<Record<AnsweredKind, number>>;
  /** How many questions this seat asked in the Q&A. */
  asked: number;
}

/** What the whole room did, for the audience screen's and the console's closing words. */
export interface RoomSummary {
  people: number;
  questions: number;
  answers: number;
  asked: number;
}

const answerable = (s: LiveSession) => s.questions.filter((q): q is Extract<LiveQuestion, { kind: AnsweredKind }> => q.kind !== 'qa');

export function tookPart(s: LiveSession, pid: string): TookPart {
  const answered: TookPart['answered'] = {};
  const asked = answerable(s);
  for (const q of asked) if (s.answers[q.id]?.[pid]) answered[q.kind] = (answered[q.kind] ?? 0) + 1;
  return { questions: asked.length, answered, asked: (s.qa ?? []).filter((e) => e.pid === pid).length };
}

/** Answers count only from seats still in the room: a removed seat's answers stay in the records, not in the room's figures. */
export function roomSummary(s: LiveSession): RoomSummary {
  const asked = answerable(s);
  let answers = 0;
  for (const q of asked) for (const pid of Object.keys(s.answers[q.id] ?? {})) if (s.participants[pid]) answers += 1;
  return { people: Object.keys(s.participants).length, questions: asked.length, answers, asked: (s.qa ?? []).filter((e) => s.participants[e.pid]).length };
}

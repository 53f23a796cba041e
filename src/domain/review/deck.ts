/**
 * The trainee's review deck: which quiz items enter it, what is due on a given day, the streak.
 * Nothing here needs the scheduler, so the home page can show the deck without loading it.
 */

/** One item in the deck, with the scheduler's memory of it (plain JSON, so it can be stored). */
export interface ReviewCard {
  /** `moduleId/itemId`. */
  key: string;
  moduleId: string;
  itemId: string;
  /** When the item is next due (ISO). */
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  /** The scheduler's state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: string;
  enteredAt: string;
}

/** One answer given in a review session or a follow-up check-in. */
export interface ReviewAnswer {
  /** Unique per answer, so the records layer can tell which ones it has recorded. */
  id: string;
  key: string;
  at: string;
  /** 0…1, scored as in quizzes. */
  score: number;
  correct: boolean;
  /** The next review the answer scheduled (ISO). */
  due: string;
  /** Set when the answer was given in a follow-up check-in. */
  followUp?: string;
  /** The answer as an xAPI cmi.interaction response. */
  response?: string;
}

/** A finished follow-up check-in: the quiz's score and the action-plan answers. */
export interface FollowUpRecord {
  id: string;
  at: string;
  score: number;
  items: number;
  /** Action-plan question id → the trainee's answer (a status id, or free text). */
  answers: Record<string, string>;
}

export interface ReviewState {
  cards: Record<string, ReviewCard>;
  answers: ReviewAnswer[];
  followUps: FollowUpRecord[];
  /** Quiz attempts already taken into the deck. */
  seededAttempts: string[];
}

export const emptyReviewState: ReviewState = { cards: {}, answers: [], followUps: [], seededAttempts: [] };

/** Items shown in one review session (about five minutes). */
export const REVIEW_SESSION_SIZE = 10;

export const cardKey = (moduleId: string, itemId: string) => `${moduleId}/${itemId}`;

/** The last instant of the local calendar day of `now`: "due today" means due before it. */
export function endOfLocalDay(now: Date): Date {
  const end = new Date(now.getTime());
  end.setHours(23, 59, 59, 999);
  return end;
}

/** The local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The cards due by the end of `now`'s day, most overdue first, at most `limit` of them, taken
 * from different modules in turn so a session mixes modules.
 */
export function dueCards(state: ReviewState, now: Date, limit = Infinity): ReviewCard[] {
  const end = endOfLocalDay(now).getTime();
  const due = Object.values(state.cards)
    .filter((c) => Date.parse(c.due) <= end)
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || (a.key < b.key ? -1 : 1));
  const byModule = new Map<string, ReviewCard[]>();
  for (const c of due) byModule.set(c.moduleId, [...(byModule.get(c.moduleId) ?? []), c]);
  const mixed: ReviewCard[] = [];
  while (mixed.length < Math.min(limit, due.length))
    for (const list of byModule.values()) if (list.length && mixed.length < limit) mixed.push(list.shift()!);
  return mixed;
}

export const dueCount = (state: ReviewState, now: Date) => dueCards(state, now).length;

/** When the next review falls once nothing is due today (ISO), or undefined for an empty deck. */
export function nextReviewAt(state: ReviewState, now: Date): string | undefined {
  const end = endOfLocalDay(now).getTime();
  let next: string | undefined;
  for (const c of Object.values(state.cards)) if (Date.parse(c.due) > end && (!next || Date.parse(c.due) < Date.parse(next))) next = c.due;
  return next;
}

/** Days in a row, ending today or yesterday, with at least one review answer. */
export function reviewStreak(answers: readonly Pick<ReviewAnswer, 'at'>[], now: Date): number {
  const days = new Set(answers.map((a) => localDay(new Date(a.at))));
  const day = new Date(now.getTime());
  if (!days.has(localDay(day))) day.setDate(day.getDate() - 1);
  let streak = 0;
  while (days.has(localDay(day))) {
    streak++;
    day.setDate(day.getDate() - 1);
  }
  return streak;
}

import { emptyReviewState, type FollowUpRecord, type ReviewAnswer, type ReviewCard, type ReviewState } from './deck';
import { keepValid, restoreStored, type StoredFormat } from '../stored';
import { isRecord } from '../guards';

/**
 * Version 1 is the first stored shape. A trainee who passed modules before the deck existed has
 * no stored deck: the deck is then built from their stored quiz attempts (`syncDeck`), which is
 * this store's migration from "no review" to version 1.
 */
export const REVIEW_STATE_VERSION = 1;

export interface RestoredReviewState {
  state: ReviewState;
  recovered?: 'corrupt' | 'unknownVersion' | 'invalidShape';
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is string => isString(v) && Number.isFinite(Date.parse(v));
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isScore = (v: unknown): v is number => isNumber(v) && v >= 0 && v <= 1;

function isCard(v: unknown): v is ReviewCard {
  return (
    isRecord(v) &&
    isString(v.key) && isString(v.moduleId) && isString(v.itemId) && v.key === `${v.moduleId}/${v.itemId}` &&
    isTime(v.due) && isTime(v.lastReview) && isTime(v.enteredAt) &&
    isNumber(v.stability) && isNumber(v.difficulty) && isNumber(v.scheduledDays) && isNumber(v.reps) && isNumber(v.lapses) &&
    (v.state === 0 || v.state === 1 || v.state === 2 || v.state === 3)
  );
}

function isAnswer(v: unknown): v is ReviewAnswer {
  return (
    isRecord(v) && isString(v.id) && isString(v.key) && isTime(v.at) && isScore(v.score) &&
    typeof v.correct === 'boolean' && isTime(v.due) && (v.followUp === undefined || isString(v.followUp)) && (v.response === undefined || isString(v.response))
  );
}

function isFollowUp(v: unknown): v is FollowUpRecord {
  return (
    isRecord(v) && isString(v.id) && isTime(v.at) && isScore(v.score) && Number.isInteger(v.items) &&
    isRecord(v.answers) && Object.values(v.answers).every(isString)
  );
}

/** The review deck as kept on the device: valid cards, answers and check-ins are kept one by one, so a bad card never costs the good ones. */
export const reviewFormat: StoredFormat<ReviewState> = {
  version: REVIEW_STATE_VERSION,
  migrations: {},
  empty: emptyReviewState,
  check(stored) {
    if (!isRecord(stored) || !isRecord(stored.cards)) return undefined;
    const entries = Object.entries(stored.cards);
    const cards = Object.fromEntries(entries.filter(([k, c]) => isCard(c) && c.key === k)) as Record<string, ReviewCard>;
    const answers = keepValid(stored.answers, isAnswer);
    const followUps = keepValid(stored.followUps, isFollowUp);
    const seeded = keepValid(stored.seededAttempts, isString);
    const state: ReviewState = { cards, answers: answers.kept, followUps: followUps.kept, seededAttempts: seeded.kept };
    return { state, lost: Object.keys(cards).length !== entries.length || answers.dropped || followUps.dropped || seeded.dropped };
  },
};

/** Restores the stored deck. Never throws. */
export function restoreReviewState(raw: string | null, now = new Date().toISOString()): RestoredReviewState {
  const { state, recovered } = restoreStored(raw, reviewFormat, now);
  return recovered ? { state, recovered } : { state };
}

import { dueCount, localDay, nextReviewAt, reviewStreak, type ReviewState } from './deck';
import { followUpsOn, type FollowUpView } from './follow-ups';

export interface ReviewOverview {
  /** Items due by the end of today. */
  due: number;
  /** The next review once nothing is due today (ISO), if the deck has any item. */
  next?: string;
  streak: number;
  cards: number;
  /** The check-ins, once the course is complete. */
  followUps: FollowUpView[];
}

/** What the home page and the review page show of the deck on `now`. */
export function reviewOverview(review: ReviewState, now: Date, courseCompletedAt: string | null): ReviewOverview {
  const due = dueCount(review, now);
  const next = nextReviewAt(review, now);
  return {
    due,
    ...(next ? { next } : {}),
    streak: reviewStreak(review.answers, now),
    cards: Object.keys(review.cards).length,
    followUps: courseCompletedAt ? followUpsOn(localDay(new Date(courseCompletedAt)), localDay(now), review.followUps) : [],
  };
}

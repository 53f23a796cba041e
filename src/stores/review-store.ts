import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyReviewState, reviewFormat, type FollowUpRecord, type ReviewState } from '../domain';
import { followOtherTabs } from './recovering-storage';
import { reviewPersistence } from './review-persistence';

interface ReviewStore {
  review: ReviewState;
  /** Replaces the deck with one the scheduler computed (see `review-scheduling.ts`). */
  apply: (change: (review: ReviewState) => ReviewState) => void;
  saveFollowUp: (record: FollowUpRecord) => void;
}

/**
 * The trainee's review deck and check-ins. Reading it costs no scheduler: the home page shows
 * what is due from the stored dates, and the scheduler loads with the review page.
 */
export const useReviewStore = create<ReviewStore>()(
  persist(
    (set) => ({
      review: emptyReviewState,
      apply: (change) => set((s) => ({ review: change(s.review) })),
      saveFollowUp: (record) =>
        set((s) => ({ review: { ...s.review, followUps: [...s.review.followUps.filter((f) => f.id !== record.id), record] } })),
    }),
    reviewPersistence<ReviewStore>(),
  ),
);

followOtherTabs(useReviewStore, reviewFormat, () => import('./tab-merges').then((m) => m.mergeReview));

import type { PersistOptions } from 'zustand/middleware';
import { reviewFormat, REVIEW_STATE_VERSION, type ReviewState } from '../domain';
import { recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';

export const REVIEW_KEY = storageKey('review');

/** How the review deck is kept: versioned, restored card by card, a damaged copy set aside. */
export function reviewPersistence<S extends { review: ReviewState }>(): PersistOptions<S, ReviewState> {
  return {
    name: REVIEW_KEY,
    version: REVIEW_STATE_VERSION,
    partialize: (s) => s.review,
    merge: (persisted, current) => ({ ...current, review: (persisted as ReviewState | undefined) ?? current.review }),
    storage: recoveringStorage<ReviewState>(reviewFormat),
  };
}

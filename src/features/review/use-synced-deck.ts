import { useEffect } from 'react';
import { syncReviewDeck } from '../../stores/review-scheduling';

/** The review page takes any quiz attempt not yet in the deck as it opens (the scheduler is loaded here anyway). */
export function useSyncedDeck() {
  useEffect(() => {
    syncReviewDeck().catch((error: unknown) => console.warn('review:', error));
  }, []);
}

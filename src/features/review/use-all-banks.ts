import { use } from 'react';
import { loadOnce } from '../../content/load-once';
import { loadAllQuizBanks } from '../../content/quiz-loader';
import type { QuizBank } from '../../domain';

const allBanks = loadOnce(() => loadAllQuizBanks());

/** Every module's bank (suspends while loading; a failed load is tried again next time). */
export function useAllBanks(): Record<string, QuizBank> {
  return use(allBanks());
}

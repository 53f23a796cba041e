import { use } from 'react';
import { loadAllQuizBanks } from '../../content/quiz-loader';
import type { QuizBank } from '../../domain';

let banks: Promise<Record<string, QuizBank>> | undefined;

/** Every module's bank (suspends while loading; a failed load is tried again next time). */
export function useAllBanks(): Record<string, QuizBank> {
  if (!banks) {
    banks = loadAllQuizBanks();
    banks.catch(() => (banks = undefined));
  }
  return use(banks);
}

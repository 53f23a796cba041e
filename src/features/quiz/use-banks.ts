import { use } from 'react';
import { loadOnce } from '../../content/load-once';
import { loadAllQuizBanks, loadQuizBank } from '../../content/quiz-loader';
import { FINAL_ASSESSMENT, type QuizBank } from '../../domain';

const banksOf = loadOnce((quizId): Promise<Record<string, QuizBank>> => (quizId === FINAL_ASSESSMENT ? loadAllQuizBanks() : loadQuizBank(quizId).then((bank) => ({ [quizId]: bank }))));

/** The banks a quiz draws from (suspends while loading): one module's, or every bank for `final`. */
export function useBanks(quizId: string): Record<string, QuizBank> {
  return use(banksOf(quizId));
}

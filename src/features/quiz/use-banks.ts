import { use } from 'react';
import { loadAllQuizBanks, loadQuizBank } from '../../content/quiz-loader';
import { FINAL_ASSESSMENT, type QuizBank } from '../../domain';

const loads = new Map<string, Promise<Record<string, QuizBank>>>();

function load(quizId: string): Promise<Record<string, QuizBank>> {
  return quizId === FINAL_ASSESSMENT ? loadAllQuizBanks() : loadQuizBank(quizId).then((bank) => ({ [quizId]: bank }));
}

/** The banks a quiz draws from (suspends while loading): one module's, or every bank for `final`. */
export function useBanks(quizId: string): Record<string, QuizBank> {
  let promise = loads.get(quizId);
  if (!promise) {
    promise = load(quizId);
    loads.set(quizId, promise);
    // A failed load is forgotten, so "try again" really tries again.
    promise.catch(() => loads.delete(quizId));
  }
  return use(promise);
}

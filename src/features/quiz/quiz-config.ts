import { packageConfig } from '../../config/package';
import { FINAL_ASSESSMENT, DEFAULT_PASS_SCORE, drawAcrossBanks, drawAttempt, type DrawnItem, type QuizBank } from '../../domain';

/** What differs between a module's quiz and the final assessment. */
export interface QuizConfig {
  quizId: string;
  count: number;
  passScore: number;
  feedback: 'immediate' | 'end';
  /** Attempts allowed (0 = unlimited); only an LMS package may limit the final assessment. */
  maxAttempts: number;
  /** `shownBefore`: the item ids of the last attempt, which a retake avoids where the bank allows. */
  draw: (seed: string, shownBefore?: readonly string[]) => DrawnItem[];
}

export const FINAL_ITEM_COUNT = 30;
export const FINAL_PASS_SCORE = DEFAULT_PASS_SCORE;

export function moduleQuizConfig(moduleId: string, bank: QuizBank): QuizConfig {
  return {
    quizId: moduleId,
    count: Math.min(bank.drawCount, bank.items.length),
    passScore: bank.passScore,
    feedback: bank.feedback,
    maxAttempts: 0,
    draw: (seed, shownBefore) => drawAttempt(bank, seed, bank.drawCount, shownBefore),
  };
}

export function finalQuizConfig(banks: Record<string, QuizBank>): QuizConfig {
  return {
    quizId: FINAL_ASSESSMENT,
    count: FINAL_ITEM_COUNT,
    passScore: FINAL_PASS_SCORE,
    feedback: 'end',
    maxAttempts: packageConfig.finalAttempts,
    draw: (seed, shownBefore) => drawAcrossBanks(banks, seed, FINAL_ITEM_COUNT, shownBefore),
  };
}

/** A fresh seed and attempt id; randomness lives here, at the edge, not in the rules. */
export function newAttemptId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The configuration of a quiz by id: a module's, or the final assessment's. */
export function quizConfig(quizId: string, banks: Record<string, QuizBank>): QuizConfig {
  return quizId === FINAL_ASSESSMENT ? finalQuizConfig(banks) : moduleQuizConfig(quizId, banks[quizId]!);
}

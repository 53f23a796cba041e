import { packageConfig } from '../../config/package';
import { FINAL_ASSESSMENT, drawQuiz, quizRules, type DrawnItem, type QuizBank } from '../../domain';

/** What differs between a module's quiz and the final assessment. */
export interface QuizConfig {
  quizId: string;
  count: number;
  passScore: number;
  feedback: 'immediate' | 'end';
  /** Attempts allowed (0 = unlimited); only an LMS package may limit the final assessment. */
  maxAttempts: number;
  /** The attempt's items from its seed (clear of `avoid`), exactly as the records server draws them again to score the answers. */
  draw: (seed: string, avoid: readonly string[]) => DrawnItem[];
}

/** The configuration of a quiz by id: a module's (from its bank), or the final assessment's (across all banks). */
export function quizConfig(quizId: string, banks: Record<string, QuizBank>): QuizConfig {
  const rules = quizRules(quizId, banks)!;
  return {
    ...rules,
    maxAttempts: quizId === FINAL_ASSESSMENT ? packageConfig.finalAttempts : 0,
    draw: (seed, avoid) => drawQuiz(quizId, banks, seed, avoid),
  };
}

export const moduleQuizConfig = (moduleId: string, bank: QuizBank): QuizConfig => quizConfig(moduleId, { [moduleId]: bank });
export const finalQuizConfig = (banks: Record<string, QuizBank>): QuizConfig => quizConfig(FINAL_ASSESSMENT, banks);

/** A fresh attempt id; randomness lives here, at the edge, not in the rules. Offline it is the attempt's seed too. */
export function newAttemptId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

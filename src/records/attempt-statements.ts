import { FINAL_ASSESSMENT, activityIds, answerResponse, attemptDuration, buildStatement, quizStatements, scoreAttempt, type QuizAttempt, type Statement, type Trainee } from '../domain';
import { loadQuizBank } from '../content/quiz-loader';
import type { recordStatementIds } from './record-ids';

/**
 * A finished quiz attempt's statements, where the page scores attempts itself (no records server
 * scores them): the final assessment's verdict, or a module quiz's answers and its verdict, each
 * named after the attempt (and the item) so that one recorded twice is kept once.
 */
export async function attemptStatements(common: { trainee: Trainee; courseIri: string; language: string; timestamp: string; idOf: ReturnType<typeof recordStatementIds> }, attempt: QuizAttempt): Promise<Statement[]> {
  const { idOf, ...context } = common;
  const { trainee } = context;
  const durationMs = attemptDuration(attempt);
  if (attempt.quizId === FINAL_ASSESSMENT) {
    const object = { id: activityIds(context.courseIri).final(), type: 'assessment' as const };
    return [buildStatement({ ...context, id: idOf(trainee, 'attempt', attempt.id), verb: attempt.passed ? 'passed' : 'failed', object, result: { scaled: attempt.score, success: attempt.passed, completion: true, durationMs } })];
  }
  const scores = attempt.itemScores ?? (await scoresOfUnsettledAttempt(attempt));
  const items = attempt.items.map((drawn) => ({ itemId: drawn.itemId, score: scores[drawn.itemId] ?? 0, response: answerResponse(attempt.answers[drawn.itemId]) }));
  return quizStatements({
    ...context,
    ids: [...items.map((item) => idOf(trainee, 'attempt', attempt.id, item.itemId)), idOf(trainee, 'attempt', attempt.id)],
    moduleId: attempt.quizId,
    items,
    scaled: attempt.score,
    passed: attempt.passed,
    durationMs,
  });
}

/** An attempt kept by version 1 whose items the migration could not settle: scored again from its bank, once. */
async function scoresOfUnsettledAttempt(attempt: QuizAttempt): Promise<Record<string, number>> {
  const bank = await loadQuizBank(attempt.quizId);
  const { items } = scoreAttempt(bank.items.filter((i) => attempt.items.some((d) => d.itemId === i.id)), attempt.answers);
  return Object.fromEntries(Object.entries(items).map(([id, s]) => [id, s.score]));
}

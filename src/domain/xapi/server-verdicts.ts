import { locateActivity } from '../records/module-progress';
import { isRecord } from '../guards';
import { FINAL_ASSESSMENT } from '../quiz/results';
import type { ScoredQuiz } from '../quiz/attempt-rules';
import { activityIds } from './activities';
import { answerResponse } from './response';
import { buildStatement, PROGRESS_EXTENSION, quizStatements, type Statement, type Trainee } from './statements';
import { VERBS } from './vocabulary';

/** The verbs that say a trainee finished or passed something: what HR's records and certificates rest on. */
const VERDICT_VERBS: ReadonlySet<unknown> = new Set([VERBS.passed, VERBS.failed, VERBS.completed]);

/** Context extension naming where an attempt's seed came from: `server` (issued) or `page` (drawn offline). */
export const SEED_SOURCE_EXTENSION = 'https://sales-target-academy.example.com/xapi/extensions/seed-source';

/**
 * Whether a statement is a verdict about one of the course's own activities (the course, a
 * module, a module's quiz, the final assessment): when the records server scores attempts, these
 * are written by the server only, never taken from a trainee's browser. Practice, reviews and
 * answers to single items are the trainee's own record and stay theirs to send.
 */
export function isCourseVerdict(statement: unknown, courseIri: string): boolean {
  if (!isRecord(statement) || !isRecord(statement.verb) || !isRecord(statement.object)) return false;
  if (!VERDICT_VERBS.has(statement.verb.id)) return false;
  const id = statement.object.id;
  if (typeof id !== 'string' || statement.object.objectType === 'StatementRef') return false;
  if (id === courseIri || id === activityIds(courseIri).final()) return true;
  const where = locateActivity(id, courseIri);
  return where?.part === 'module' || where?.part === 'quiz';
}

/** The module a `progressed` statement says is fully read (progress 100), if it is one. */
export function moduleReadBy(statement: unknown, courseIri: string): string | undefined {
  if (!isRecord(statement) || !isRecord(statement.verb) || statement.verb.id !== VERBS.progressed) return undefined;
  const object = statement.object;
  const result = statement.result;
  if (!isRecord(object) || typeof object.id !== 'string' || !isRecord(result) || !isRecord(result.extensions)) return undefined;
  if (result.extensions[PROGRESS_EXTENSION] !== 100) return undefined;
  const where = locateActivity(object.id, courseIri);
  return where?.part === 'module' ? where.moduleId : undefined;
}

/**
 * The statements of a scored attempt, as the page used to make them: a module's quiz gives one
 * `answered` per item and its `passed`/`failed`; the final assessment its `passed`/`failed`.
 */
export function scoredAttemptStatements(args: {
  newId: () => string;
  trainee: Trainee;
  courseIri: string;
  scored: Pick<ScoredQuiz, 'quizId' | 'items' | 'answers' | 'score' | 'passed' | 'itemScores'>;
  durationMs: number;
  timestamp: string;
  extensions?: Record<string, unknown>;
}): Statement[] {
  const { scored, trainee, courseIri, timestamp, durationMs } = args;
  const a = activityIds(courseIri);
  if (scored.quizId === FINAL_ASSESSMENT)
    return [
      buildStatement({
        id: args.newId(),
        trainee,
        courseIri,
        timestamp,
        verb: scored.passed ? 'passed' : 'failed',
        object: { id: a.final(), type: 'assessment' },
        result: { scaled: scored.score, success: scored.passed, completion: true, durationMs },
        ...(args.extensions ? { extensions: args.extensions } : {}),
      }),
    ];
  const items = scored.items.map((i) => ({ itemId: i.key, score: scored.itemScores[i.key]?.score ?? 0, response: answerResponse(scored.answers[i.key]) }));
  return quizStatements({
    ids: [...items.map(() => args.newId()), args.newId()],
    trainee,
    courseIri,
    timestamp,
    moduleId: scored.quizId,
    items,
    scaled: scored.score,
    passed: scored.passed,
    durationMs,
    ...(args.extensions ? { extensions: args.extensions } : {}),
  });
}

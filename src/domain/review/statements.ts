import { activityIds } from '../xapi/activities';
import { buildStatement, type Statement, type Trainee } from '../xapi/statements';
import type { FollowUpRecord, ReviewAnswer } from './deck';

/**
 * The context extension that marks a statement as review practice: its value says when the item
 * is next due and, in a check-in, which one. Reviews count for retention, never for completion.
 */
export const REVIEW_EXTENSION = 'https://sales-target-academy.example.com/xapi/extensions/review';

/** Whether a statement is review practice (it carries the review extension). */
export function isReviewStatement(statement: { context?: unknown }): boolean {
  const context = statement.context as { extensions?: Record<string, unknown> } | undefined;
  return typeof context?.extensions === 'object' && context.extensions !== null && REVIEW_EXTENSION in context.extensions;
}

interface Common {
  trainee: Trainee;
  courseIri?: string;
  language?: string;
  registration?: string;
}

/** A review answer as xAPI: the quiz item `answered`, under the review activity, marked as review. */
export function reviewStatement(args: Common & { id: string; answer: ReviewAnswer }): Statement {
  const a = activityIds(args.courseIri);
  const [moduleId = '', itemId = ''] = args.answer.key.split('/', 2);
  return buildStatement({
    ...args,
    id: args.id,
    verb: 'answered',
    object: { id: a.quizItem(moduleId, itemId), type: 'interaction' },
    parent: args.answer.followUp ? a.followUp(args.answer.followUp) : a.review(),
    result: { scaled: args.answer.score, success: args.answer.correct, response: args.answer.response ?? '' },
    timestamp: args.answer.at,
    extensions: { [REVIEW_EXTENSION]: { due: args.answer.due, ...(args.answer.followUp ? { followUp: args.answer.followUp } : {}) } },
  });
}

/** A finished check-in as xAPI: `completed` on the follow-up, its quiz score, the action-plan answers. */
export function followUpStatement(args: Common & { id: string; record: FollowUpRecord }): Statement {
  const a = activityIds(args.courseIri);
  const { record } = args;
  return buildStatement({
    ...args,
    id: args.id,
    verb: 'completed',
    object: { id: a.followUp(record.id), type: 'assessment' },
    result: {
      scaled: record.score,
      completion: true,
      response: Object.entries(record.answers)
        .map(([q, v]) => `${q}=${v.replace(/[[\],]/g, ' ')}`)
        .join('[,]'),
    },
    timestamp: record.at,
    extensions: { [REVIEW_EXTENSION]: { followUp: record.id, answers: record.answers } },
  });
}

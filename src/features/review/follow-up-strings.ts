import type { FollowUpStatus } from '../../domain';

/** Each check-in's action-plan questions, as closed sets of keys. */
export const actionQuestion = {
  'two-weeks': { targetsFinal: 'review.question.targetsFinal', funnelReviewed: 'review.question.funnelReviewed', note: 'review.question.noteTwoWeeks' },
  'one-month': { trackingInUse: 'review.question.trackingInUse', actionPlanInUse: 'review.question.actionPlanInUse', note: 'review.question.noteOneMonth' },
  'quarter-end': { firstReviewHeld: 'review.question.firstReviewHeld', targetsReasonable: 'review.question.targetsReasonable', note: 'review.question.noteQuarterEnd' },
} as const;

export const statusLabel = {
  done: 'review.status.done',
  partly: 'review.status.partly',
  'not-yet': 'review.status.not-yet',
} as const satisfies Record<FollowUpStatus, string>;

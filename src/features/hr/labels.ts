import type { CertificateFilter, CourseActivity, Ending, FinalFilter, RecordStatus } from '../../domain';

// Closed maps from API values to translation keys.
export const statusLabel = {
  not_started: 'status.not_started',
  in_progress: 'status.in_progress',
  completed: 'status.completed',
} as const satisfies Record<RecordStatus, string>;

export const finalFilterLabel = {
  passed: 'filters.finalValues.passed',
  failed: 'filters.finalValues.failed',
  not_attempted: 'filters.finalValues.not_attempted',
} as const satisfies Record<FinalFilter, string>;

export const certificateFilterLabel = {
  issued: 'filters.certificateValues.issued',
  none: 'filters.certificateValues.none',
} as const satisfies Record<CertificateFilter, string>;

export const verbLabel = {
  experienced: 'timeline.verbs.experienced',
  completed: 'timeline.verbs.completed',
  passed: 'timeline.verbs.passed',
  failed: 'timeline.verbs.failed',
  answered: 'timeline.verbs.answered',
  launched: 'timeline.verbs.launched',
  initialized: 'timeline.verbs.initialized',
  progressed: 'timeline.verbs.progressed',
  terminated: 'timeline.verbs.terminated',
  voided: 'timeline.verbs.voided',
} as const;

export const courseActivityLabel = {
  course: 'timeline.activities.course',
  final: 'timeline.activities.final',
  smart: 'timeline.activities.smart',
  roleplay: 'timeline.activities.roleplay',
  sandbox: 'timeline.activities.sandbox',
  review: 'timeline.activities.review',
  followUp: 'timeline.activities.followUp',
} as const satisfies Record<CourseActivity, string>;

export const isKnownVerb = (verb: string): verb is keyof typeof verbLabel => Object.hasOwn(verbLabel, verb);

export const endingLabel = {
  won: 'items.endingNames.won',
  advanced: 'items.endingNames.advanced',
  stalled: 'items.endingNames.stalled',
  lost: 'items.endingNames.lost',
} as const satisfies Record<Ending, string>;

import type { Ending, ObjectionType, Quality, ReplyStep, ReplyWarning } from '../../domain';

// Closed maps from domain values to translation keys.
export const objectionLabel = {
  price: 'roleplay.objections.price',
  need: 'roleplay.objections.need',
  timing: 'roleplay.objections.timing',
  product: 'roleplay.objections.product',
  vendor: 'roleplay.objections.vendor',
  authority: 'roleplay.objections.authority',
} as const satisfies Record<ObjectionType, string>;

export const stepLabel = {
  listen: 'roleplay.steps.listen',
  sympathize: 'roleplay.steps.sympathize',
  confirm: 'roleplay.steps.confirm',
  position: 'roleplay.steps.position',
  affirm: 'roleplay.steps.affirm',
  none: 'roleplay.steps.none',
} as const satisfies Record<ReplyStep, string>;

export const qualityLabel = {
  best: 'roleplay.quality.best',
  ok: 'roleplay.quality.ok',
  poor: 'roleplay.quality.poor',
} as const satisfies Record<Quality, string>;

export const endingLabel = {
  won: 'roleplay.endings.won',
  advanced: 'roleplay.endings.advanced',
  stalled: 'roleplay.endings.stalled',
  lost: 'roleplay.endings.lost',
} as const satisfies Record<Ending, string>;

export const warningLabel = {
  concession: 'roleplay.warnings.concession',
  monologue: 'roleplay.warnings.monologue',
  contradiction: 'roleplay.warnings.contradiction',
} as const satisfies Record<ReplyWarning, string>;

/** How the trainee answers: picks from the list, types first then picks, or types and the checker reads it. */
export const answerModes = ['choose', 'typeFirst', 'own'] as const;
export type AnswerMode = (typeof answerModes)[number];
export const answerModeLabel = {
  choose: 'roleplay.modeChoose',
  typeFirst: 'roleplay.typeFirst',
  own: 'roleplay.modeOwn',
} as const satisfies Record<AnswerMode, string>;

import type { Ending, ObjectionType, Quality, ReplyStep } from '../../domain';

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

/**
 * The figures of the drill's example company and model answer, with the keys of their labels.
 * The totals shown are summed from these rows, so a model answer that does not add up shows it.
 */
export const drillExercises = [
  { label: 'trainer.rubric.exercise1', minutes: 15 },
  { label: 'trainer.rubric.exercise2', minutes: 15 },
  { label: 'trainer.rubric.exercise3', minutes: 15 },
] as const;

export const drillMaterials = [
  'trainer.rubric.materials.profile',
  'trainer.rubric.materials.decomposition',
  'trainer.rubric.materials.actionPlan',
  'trainer.rubric.materials.rubric',
  'trainer.rubric.materials.supplies',
] as const;

export const drillModel = {
  quarters: [
    { label: 'trainer.rubric.quarters.q1', amount: 4_800_000 },
    { label: 'trainer.rubric.quarters.q2', amount: 6_000_000 },
    { label: 'trainer.rubric.quarters.q3', amount: 6_000_000 },
    { label: 'trainer.rubric.quarters.q4', amount: 7_200_000 },
  ],
  products: [
    { label: 'trainer.rubric.products.standard', amount: 14_400_000 },
    { label: 'trainer.rubric.products.enterprise', amount: 9_600_000 },
  ],
  people: [
    { label: 'trainer.rubric.people.senior1', amount: 7_200_000 },
    { label: 'trainer.rubric.people.senior2', amount: 7_200_000 },
    { label: 'trainer.rubric.people.new1', amount: 4_800_000 },
    { label: 'trainer.rubric.people.new2', amount: 4_800_000 },
  ],
  planColumns: ['trainer.rubric.plan.activity', 'trainer.rubric.plan.owner', 'trainer.rubric.plan.deadline', 'trainer.rubric.plan.result'],
  plan: [
    ['trainer.rubric.plan.rows.prospects.activity', 'trainer.rubric.plan.rows.prospects.owner', 'trainer.rubric.plan.rows.prospects.deadline', 'trainer.rubric.plan.rows.prospects.result'],
    ['trainer.rubric.plan.rows.demos.activity', 'trainer.rubric.plan.rows.demos.owner', 'trainer.rubric.plan.rows.demos.deadline', 'trainer.rubric.plan.rows.demos.result'],
    ['trainer.rubric.plan.rows.review.activity', 'trainer.rubric.plan.rows.review.owner', 'trainer.rubric.plan.rows.review.deadline', 'trainer.rubric.plan.rows.review.result'],
  ],
} as const;

/** The rubric's items per exercise; each scores 0, 1 or 2. */
export const drillCriteria = [
  { label: 'trainer.rubric.exercise1', items: [
      { name: 'trainer.rubric.criteria.specific.name', full: 'trainer.rubric.criteria.specific.full' },
      { name: 'trainer.rubric.criteria.measurable.name', full: 'trainer.rubric.criteria.measurable.full' },
      { name: 'trainer.rubric.criteria.achievable.name', full: 'trainer.rubric.criteria.achievable.full' },
      { name: 'trainer.rubric.criteria.relevant.name', full: 'trainer.rubric.criteria.relevant.full' },
      { name: 'trainer.rubric.criteria.timeBound.name', full: 'trainer.rubric.criteria.timeBound.full' },
    ],
  },
  { label: 'trainer.rubric.exercise2', items: [
      { name: 'trainer.rubric.criteria.addsUp.name', full: 'trainer.rubric.criteria.addsUp.full' },
      { name: 'trainer.rubric.criteria.seasonality.name', full: 'trainer.rubric.criteria.seasonality.full' },
      { name: 'trainer.rubric.criteria.capability.name', full: 'trainer.rubric.criteria.capability.full' },
      { name: 'trainer.rubric.criteria.principles.name', full: 'trainer.rubric.criteria.principles.full' },
    ],
  },
  { label: 'trainer.rubric.exercise3', items: [
      { name: 'trainer.rubric.criteria.activities.name', full: 'trainer.rubric.criteria.activities.full' },
      { name: 'trainer.rubric.criteria.owners.name', full: 'trainer.rubric.criteria.owners.full' },
      { name: 'trainer.rubric.criteria.resources.name', full: 'trainer.rubric.criteria.resources.full' },
      { name: 'trainer.rubric.criteria.monitoring.name', full: 'trainer.rubric.criteria.monitoring.full' },
    ],
  },
] as const;

export const POINTS_PER_CRITERION = 2;

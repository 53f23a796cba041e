// The room sees, per SMART criterion, how many of the goals sent meet it.
export const criterionKey = {
  specific: 'live.criteria.specific',
  measurable: 'live.criteria.measurable',
  achievable: 'live.criteria.achievable',
  relevant: 'live.criteria.relevant',
  timeBound: 'live.criteria.timeBound',
} as const;

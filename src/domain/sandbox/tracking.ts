export type AlertMetric = 'pipelineCoverage' | 'newOpportunities' | 'activityCompletion';
export type AlertLevel = 'yellow' | 'red' | 'reminder';

/** The deck's warning thresholds (module 04): each fires strictly below its line. */
export const ALERT_THRESHOLDS: Record<AlertMetric, { below: number; level: AlertLevel }> = {
  pipelineCoverage: { below: 1.5, level: 'yellow' },
  newOpportunities: { below: 0.8, level: 'red' },
  activityCompletion: { below: 0.85, level: 'reminder' },
};

/** The warnings the current figures trigger (ratios: 1.5 = 150%); a missing figure triggers none. */
export function trackingAlerts(figures: { pipelineCoverage?: number; newOpportunitiesRatio?: number; activityCompletion?: number }): {
  metric: AlertMetric;
  level: AlertLevel;
}[] {
  const values: Record<AlertMetric, number | undefined> = {
    pipelineCoverage: figures.pipelineCoverage,
    newOpportunities: figures.newOpportunitiesRatio,
    activityCompletion: figures.activityCompletion,
  };
  return (Object.keys(ALERT_THRESHOLDS) as AlertMetric[])
    .filter((m) => {
      const v = values[m];
      return typeof v === 'number' && Number.isFinite(v) && v < ALERT_THRESHOLDS[m].below;
    })
    .map((metric) => ({ metric, level: ALERT_THRESHOLDS[metric].level }));
}

/** The deck's trigger to adjust a target: the last two periods both below 70% (lower) or above 130% (raise). */
export function adjustmentSignal(achievementRatios: readonly number[]): 'lower' | 'raise' | null {
  if (achievementRatios.length < 2) return null;
  const [a, b] = achievementRatios.slice(-2) as [number, number];
  if (![a, b].every(Number.isFinite)) return null;
  if (a < 0.7 && b < 0.7) return 'lower';
  if (a > 1.3 && b > 1.3) return 'raise';
  return null;
}

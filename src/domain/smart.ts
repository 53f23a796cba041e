/** The SMART goal analyzer: `analyzeGoal` and its types. */
export { analyzeGoal, ACHIEVABLE_STRETCH, GOAL_MAX, goalLength } from './smart/analyze';
export { CRITERIA } from './smart/types';
export type { AchievableWorking, Criterion, GoalAnalysis, GoalContext, Locale as GoalLocale, MetricKind, Verdict } from './smart/types';
export { analyzeGoalInScenario, baselineFor, exampleTarget, goalTypes, planningDay, scenarioContext, type GoalScenario, type GoalType } from './smart/scenario';
export { addGoal, goalsFormat, hasGoal, removeGoal, restoreGoals, GOALS_VERSION, type SavedGoal } from './smart/saved-goals';
export { METRIC_KINDS, METRIC_UNITS, isFlowMetric, isLowerBetter } from './smart/metrics';
export { aliasesOf, displayTerm } from './smart/terms';
export { textLanguage } from './smart/text-language';

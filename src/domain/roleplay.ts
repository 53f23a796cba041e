/** Objection-handling role-plays: graph rules and scoring. */
export * from './roleplay/types';
export { bestPath, validateScenario } from './roleplay/graph';
export { scoreRun, type RunScore, type RunTurn } from './roleplay/score';
export * from './roleplay/runs';

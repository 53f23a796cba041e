import { CRITERIA, type Criterion, type Verdict } from './types';
import { keepValid, restoreStored, type Restored, type StoredFormat } from '../stored';

/** A goal the trainee kept, with how it fared when saved. */
export interface SavedGoal {
  id: string;
  text: string;
  locale: 'zh-CN' | 'en';
  scenarioId: string;
  savedAt: string;
  verdicts: Record<Criterion, Verdict>;
}

export const GOALS_VERSION = 1;
const verdicts: Verdict[] = ['met', 'not_met', 'unknown'];

/** Whether the same goal (the same words, for the same company) is already saved. */
export function hasGoal(goals: readonly SavedGoal[], text: string, scenarioId: string): boolean {
  const words = text.trim();
  return goals.some((g) => g.text === words && g.scenarioId === scenarioId);
}

/** Saves a goal, newest first; the same goal saved again (a double click) is kept once. */
export function addGoal(goals: readonly SavedGoal[], goal: SavedGoal): SavedGoal[] {
  if (hasGoal(goals, goal.text, goal.scenarioId)) return [...goals];
  return [goal, ...goals.filter((g) => g.id !== goal.id)];
}

export function removeGoal(goals: readonly SavedGoal[], id: string): SavedGoal[] {
  return goals.filter((g) => g.id !== id);
}

function isSavedGoal(v: unknown): v is SavedGoal {
  if (typeof v !== 'object' || v === null) return false;
  const g = v as Record<string, unknown>;
  const vs = g.verdicts as Record<string, unknown> | undefined;
  return (
    typeof g.id === 'string' && typeof g.text === 'string' && (g.locale === 'zh-CN' || g.locale === 'en') &&
    typeof g.scenarioId === 'string' && typeof g.savedAt === 'string' &&
    typeof vs === 'object' && vs !== null && CRITERIA.every((c) => verdicts.includes(vs[c] as Verdict))
  );
}

/** Saved goals as kept on the device: every valid goal is kept, and the rest reported. */
export const goalsFormat: StoredFormat<SavedGoal[]> = {
  version: GOALS_VERSION,
  migrations: {},
  empty: [],
  check(state) {
    const { kept, dropped } = keepValid(state, isSavedGoal);
    return { state: kept, lost: dropped };
  },
};

/** Restores saved goals. Never throws. */
export function restoreGoals(raw: string | null, now = new Date().toISOString()): Restored<SavedGoal[]> {
  const { migratedFrom: _migrated, ...restored } = restoreStored(raw, goalsFormat, now);
  return restored;
}

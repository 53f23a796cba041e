import type { Progress, ModuleProgress } from './progress';
import { emptyProgress } from './progress';
import { isRecord } from '../guards';
import { restoreStored, type Migration, type RecoveryReason, type StoredFormat } from '../stored';

export const PROGRESS_VERSION = 2;

/** Version 1 kept only the ids of the slides seen per module, with no times. */
export interface ProgressV1 {
  seen: Record<string, string[]>;
  lastModuleId?: string;
}

export interface RestoredProgress {
  progress: Progress;
  /** Set when the stored copy could not be used and the trainee starts fresh. */
  recovered?: RecoveryReason;
  /** Set when an older version was migrated. */
  migratedFrom?: number;
}

/** Named, pure migration steps; `migrations[n]` turns version n into n + 1. */
export const progressMigrations: Record<number, Migration> = {
  1: {
    name: 'addSeenTimes',
    up(state, migratedAt) {
      const v1 = state as ProgressV1;
      if (!isRecord(v1) || !isRecord(v1.seen)) throw new Error('v1 without seen');
      const modules: Record<string, ModuleProgress> = {};
      for (const [moduleId, ids] of Object.entries(v1.seen)) {
        if (!Array.isArray(ids)) throw new Error('v1 seen is not a list');
        // v1 did not record when; the migration time is the honest lower bound we have.
        modules[moduleId] = { seen: Object.fromEntries(ids.filter(isString).map((id) => [id, migratedAt])) };
      }
      return { modules, ...(isString(v1.lastModuleId) ? { lastModuleId: v1.lastModuleId } : {}) };
    },
  },
};

/** Reading progress as it is kept on the device. */
export const progressFormat: StoredFormat<Progress> = {
  version: PROGRESS_VERSION,
  migrations: progressMigrations,
  empty: emptyProgress,
  check: (state) => {
    const progress = asProgress(state);
    return progress && { state: progress };
  },
};

/**
 * Turns what was stored (the raw string, or null) into usable progress: parses it, migrates an
 * older version step by step, checks the shape, and falls back to empty progress with a reason
 * when it cannot. Never throws.
 */
export function restoreProgress(raw: string | null, now: string): RestoredProgress {
  const { state, ...rest } = restoreStored(raw, progressFormat, now);
  return { progress: state, ...rest };
}

/** The current shape, checked field by field; unknown extra fields are dropped. */
function asProgress(state: unknown): Progress | undefined {
  if (!isRecord(state) || !isRecord(state.modules)) return undefined;
  const modules: Record<string, ModuleProgress> = {};
  for (const [id, m] of Object.entries(state.modules)) {
    if (!isRecord(m) || !isRecord(m.seen)) return undefined;
    if (!Object.values(m.seen).every(isString)) return undefined;
    if (m.lastSlideId !== undefined && !isString(m.lastSlideId)) return undefined;
    if (m.lastVisitedAt !== undefined && !isString(m.lastVisitedAt)) return undefined;
    modules[id] = {
      seen: { ...(m.seen as Record<string, string>) },
      ...(m.lastSlideId ? { lastSlideId: m.lastSlideId as string } : {}),
      ...(m.lastVisitedAt ? { lastVisitedAt: m.lastVisitedAt as string } : {}),
    };
  }
  if (state.lastModuleId !== undefined && !isString(state.lastModuleId)) return undefined;
  return { modules, ...(isString(state.lastModuleId) ? { lastModuleId: state.lastModuleId } : {}) };
}


function isString(value: unknown): value is string {
  return typeof value === 'string';
}

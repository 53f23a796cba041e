import { moduleSatisfied } from '../xapi/completion';
import { durationMs } from '../xapi/parse-duration';
import { VERBS } from '../xapi/vocabulary';
import { isReviewStatement } from '../review/statements';

/** What the records server keeps per trainee and module, current after every statement. */
export interface ModuleRecord {
  /** Every slide read (the module's `completed` statement). */
  read: boolean;
  /** The module's quiz passed at least once. */
  passed: boolean;
  /** Best scaled quiz score, 0…1; null before the first attempt. */
  bestScore: number | null;
  /** Quiz attempts: each `passed` or `failed` on the module's quiz. */
  attempts: number;
  /** Reading time (slides' `experienced` durations) plus quiz time. */
  timeSpentMs: number;
  firstActivity: string;
  lastActivity: string;
}

export type RecordStatus = 'not_started' | 'in_progress' | 'completed';

/**
 * The most one look at a slide counts as reading: a slide left open over lunch is not an hour of
 * study. The page stops its clock there, and the server counts no more whatever a statement
 * claims, so the time HR sees cannot be raised by sending a longer duration.
 */
export const MAX_SLIDE_READING_MS = 10 * 60_000;

/**
 * A segment of an activity id as its id (`encodeURIComponent` undone), or undefined when its
 * escapes are malformed (`%E0%A4%A`): such an id, which anyone may send, names nothing of the course.
 */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Where an activity sits in the course: which module, and what part of it (for a quiz item, which item). */
export function locateActivity(objectId: string, courseIri: string): { moduleId: string; part: 'module' | 'slide' | 'quiz' | 'item'; itemId?: string } | undefined {
  const prefix = `${courseIri}/modules/`;
  if (!objectId.startsWith(prefix)) return undefined;
  const [rawId, kind, ...rest] = objectId.slice(prefix.length).split('/');
  const moduleId = rawId ? decodeSegment(rawId) : undefined;
  if (moduleId === undefined) return undefined;
  if (kind === undefined) return { moduleId, part: 'module' };
  if (kind === 'slides' && rest.length === 1) return { moduleId, part: 'slide' };
  if (kind === 'quiz' && rest.length === 0) return { moduleId, part: 'quiz' };
  const itemId = kind === 'quiz' && rest[0] === 'items' && rest.length === 2 ? decodeSegment(rest[1]!) : undefined;
  return itemId === undefined ? undefined : { moduleId, part: 'item', itemId };
}

interface StatementLike {
  verb?: { id?: unknown };
  object?: { id?: unknown; objectType?: unknown };
  result?: { score?: { scaled?: unknown }; duration?: unknown };
  context?: unknown;
  timestamp?: unknown;
  stored?: unknown;
}

/**
 * The progress after one more statement about a module (undefined when the statement is not about
 * a module of this course). Pure, so the server folds it on every write and again after voiding.
 */
export function applyStatement(
  previous: ModuleRecord | undefined,
  statement: StatementLike,
  courseIri: string,
): { moduleId: string; progress: ModuleRecord } | undefined {
  if (statement.object?.objectType === 'StatementRef' || typeof statement.object?.id !== 'string') return undefined;
  // Review practice is the trainee's own: it counts for retention, never for progress or completion.
  if (isReviewStatement(statement)) return undefined;
  const where = locateActivity(statement.object.id, courseIri);
  if (!where) return undefined;
  const time = typeof statement.timestamp === 'string' ? statement.timestamp : typeof statement.stored === 'string' ? statement.stored : new Date(0).toISOString();
  const p: ModuleRecord = previous
    ? { ...previous }
    : { read: false, passed: false, bestScore: null, attempts: 0, timeSpentMs: 0, firstActivity: time, lastActivity: time };
  if (Date.parse(time) < Date.parse(p.firstActivity)) p.firstActivity = time;
  if (Date.parse(time) > Date.parse(p.lastActivity)) p.lastActivity = time;
  const verb = statement.verb?.id;
  const duration = durationMs(statement.result?.duration);
  if (where.part === 'slide' && verb === VERBS.experienced) p.timeSpentMs += Math.min(duration, MAX_SLIDE_READING_MS);
  if (where.part === 'module' && verb === VERBS.completed) p.read = true;
  if (where.part === 'quiz' && (verb === VERBS.passed || verb === VERBS.failed)) {
    p.attempts += 1;
    p.timeSpentMs += duration;
    if (verb === VERBS.passed) p.passed = true;
    const scaled = statement.result?.score?.scaled;
    if (typeof scaled === 'number' && Number.isFinite(scaled)) p.bestScore = Math.max(p.bestScore ?? -Infinity, Math.min(1, Math.max(0, scaled)));
  }
  return { moduleId: where.moduleId, progress: p };
}

/** A module's status for HR: completed once read and passed (cmi5 CompletedAndPassed). */
export function recordStatus(progress: ModuleRecord | undefined, hasQuiz: boolean): RecordStatus {
  if (!progress) return 'not_started';
  return moduleSatisfied({ read: progress.read, hasQuiz, passed: progress.passed }) ? 'completed' : 'in_progress';
}

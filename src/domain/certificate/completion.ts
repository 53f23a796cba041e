import { moduleSatisfied } from '../xapi/completion';
import { VERBS } from '../xapi/vocabulary';
import { locateActivity, type ModuleRecord } from '../records/module-progress';
import type { CourseModuleInfo } from '../records/matrix';
import { readingStatus, type Progress } from '../progress/progress';
import { FINAL_ASSESSMENT, type QuizAttempt } from '../quiz/results';
import { isReviewStatement } from '../review/statements';

export interface ModuleCompletion {
  id: string;
  hasQuiz: boolean;
  read: boolean;
  passed: boolean;
  /** When the module became complete (read and, with a quiz, passed), if known. */
  satisfiedAt?: string | null;
}

export interface FinalResult {
  /** Scaled score, 0…1. */
  score: number;
  passed: boolean;
  /** When the attempt ended (ISO). */
  at: string;
}

export type CertificateStatus =
  | { complete: true; missing: string[]; finalScore: number; completedAt: string }
  /** `missing`: the ids of modules not yet complete, then `final` when the final assessment is not passed. */
  | { complete: false; missing: string[]; finalScore: number | null; completedAt: null };

const later = (a: string | null, b: string | null | undefined) => (b && (!a || Date.parse(b) > Date.parse(a)) ? b : a);

/**
 * The rule of the certificate: every module satisfied (read and its quiz passed: cmi5
 * CompletedAndPassed, `courseSatisfied`) and the final assessment passed. The final score is the
 * best final attempt; the course was completed when the last of those conditions was first met.
 */
export function certificateStatus(modules: readonly ModuleCompletion[], finals: readonly FinalResult[]): CertificateStatus {
  const missing = modules.filter((m) => !moduleSatisfied(m)).map((m) => m.id);
  const passes = finals.filter((f) => f.passed).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (passes.length === 0) missing.push(FINAL_ASSESSMENT);
  const scores = finals.map((f) => Math.min(1, Math.max(0, f.score))).filter(Number.isFinite);
  const finalScore = scores.length ? Math.max(...scores) : null;
  if (modules.length === 0 || missing.length > 0 || finalScore === null) return { complete: false, missing, finalScore, completedAt: null };
  const completedAt = modules.reduce<string | null>((at, m) => later(at, m.satisfiedAt), passes[0]!.at)!;
  return { complete: true, missing: [], finalScore, completedAt };
}

interface StatementLike {
  verb?: { id?: unknown };
  object?: { id?: unknown };
  result?: { score?: { scaled?: unknown } };
  context?: unknown;
  timestamp?: unknown;
  stored?: unknown;
}

/** A quiz attempt the records server scored itself: a module's quiz (its id) or the final assessment. */
export interface ScoredResult {
  quizId: string;
  score: number;
  passed: boolean;
  /** When the attempt ended (ISO). */
  at: string;
}

/**
 * The records server's view: whether each module is read comes from its progress row (what HR
 * sees), when from the trainee's statements. With `scored` (attempts the server scored itself),
 * quiz passes and the final assessment come from those only, so no statement a browser sent can
 * stand in for a result; without it, from the statements.
 */
export function completionFromRecords(args: {
  modules: readonly CourseModuleInfo[];
  progress: Readonly<Record<string, ModuleRecord>>;
  statements: readonly StatementLike[];
  courseIri: string;
  scored?: readonly ScoredResult[];
}): CertificateStatus {
  const readAt = new Map<string, string>();
  const passedAt = new Map<string, string>();
  const finals: FinalResult[] = [];
  const first = (map: Map<string, string>, id: string, at: string) => {
    const known = map.get(id);
    if (!known || Date.parse(at) < Date.parse(known)) map.set(id, at);
  };
  for (const s of args.statements) {
    const id = typeof s.object?.id === 'string' ? s.object.id : '';
    const verb = s.verb?.id;
    const at = typeof s.timestamp === 'string' ? s.timestamp : typeof s.stored === 'string' ? s.stored : '';
    // Review practice never counts toward completion or the certificate.
    if (!id || !at || isReviewStatement(s)) continue;
    if (id === `${args.courseIri}/final-assessment`) {
      const scaled = s.result?.score?.scaled;
      if ((verb === VERBS.passed || verb === VERBS.failed) && typeof scaled === 'number') finals.push({ score: scaled, passed: verb === VERBS.passed, at });
      continue;
    }
    const where = locateActivity(id, args.courseIri);
    if (where?.part === 'module' && verb === VERBS.completed) first(readAt, where.moduleId, at);
    if (where?.part === 'quiz' && verb === VERBS.passed) first(passedAt, where.moduleId, at);
  }
  if (args.scored) {
    passedAt.clear();
    finals.length = 0;
    for (const r of args.scored) {
      if (r.quizId === FINAL_ASSESSMENT) finals.push({ score: r.score, passed: r.passed, at: r.at });
      else if (r.passed) first(passedAt, r.quizId, r.at);
    }
  }
  const modules = args.modules.map((m): ModuleCompletion => {
    const p = args.progress[m.id];
    return {
      id: m.id,
      hasQuiz: m.hasQuiz,
      read: p?.read ?? false,
      passed: args.scored ? passedAt.has(m.id) : (p?.passed ?? false),
      satisfiedAt: m.hasQuiz ? later(readAt.get(m.id) ?? null, passedAt.get(m.id)) : readAt.get(m.id),
    };
  });
  return certificateStatus(modules, finals);
}

/**
 * The page's view, from the trainee's own stores: a module is read when every slide was seen
 * (at the last first sight), its quiz passed at the end of the first passing attempt.
 */
export function completionFromStores(args: {
  modules: readonly { id: string; slideIds: readonly string[]; hasQuiz: boolean }[];
  progress: Progress;
  attempts: readonly QuizAttempt[];
}): CertificateStatus {
  const firstPass = (quizId: string) =>
    args.attempts.filter((a) => a.quizId === quizId && a.passed).reduce<string | null>((at, a) => (!at || Date.parse(a.endedAt) < Date.parse(at) ? a.endedAt : at), null);
  const modules = args.modules.map((m): ModuleCompletion => {
    const read = readingStatus(args.progress, m.id, m.slideIds) === 'read';
    const seen = args.progress.modules[m.id]?.seen ?? {};
    const readAt = read ? m.slideIds.reduce<string | null>((at, id) => later(at, seen[id]), null) : null;
    const passedAt = firstPass(m.id);
    return { id: m.id, hasQuiz: m.hasQuiz, read, passed: passedAt !== null, satisfiedAt: m.hasQuiz ? later(readAt, passedAt) : readAt };
  });
  const finals = args.attempts.filter((a) => a.quizId === FINAL_ASSESSMENT).map((a) => ({ score: a.score, passed: a.passed, at: a.endedAt }));
  return certificateStatus(modules, finals);
}

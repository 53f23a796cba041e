import type { Progress } from '../progress/progress';
import { FINAL_ASSESSMENT, type QuizAttempt } from '../quiz/results';
import type { OutlineModule } from './course-state';

/** SCORM 1.2 allows 4,096 characters of `cmi.suspend_data`; SCORM 2004 64,000. We stay within the smaller. */
export const SUSPEND_DATA_LIMIT = 4096;

/** What a relaunch needs to carry on where the trainee left: slides seen, each quiz's best, the last place. */
export interface Resumable {
  /** module id → ids of the slides seen */
  seen: Record<string, string[]>;
  /** quiz id (a module id, or `final`) → best score 0…1 and whether it was ever passed */
  quizzes: Record<string, { best: number; passed: boolean }>;
  last?: { moduleId: string; slideId: string };
}

export function resumableFrom(progress: Progress, attempts: readonly QuizAttempt[]): Resumable {
  const seen: Resumable['seen'] = {};
  for (const [id, m] of Object.entries(progress.modules)) seen[id] = Object.keys(m.seen);
  const quizzes: Resumable['quizzes'] = {};
  for (const a of attempts) {
    const q = quizzes[a.quizId] ?? { best: 0, passed: false };
    quizzes[a.quizId] = { best: Math.max(q.best, a.score), passed: q.passed || a.passed };
  }
  const lastModule = progress.lastModuleId;
  const lastSlide = lastModule ? progress.modules[lastModule]?.lastSlideId : undefined;
  return { seen, quizzes, ...(lastModule && lastSlide ? { last: { moduleId: lastModule, slideId: lastSlide } } : {}) };
}

/**
 * A compact, versioned text: slides as a bit string per module (in course order), quiz bests in
 * per-mille. The whole course fits in about 300 characters, far inside SCORM 1.2's 4,096; ids
 * the course no longer has are dropped rather than guessed.
 * Format: `1|<module bits>;…|<quiz>:<permille><p|f>,…|<module index>.<slide index>`
 */
export function encodeSuspendData(r: Resumable, modules: readonly OutlineModule[]): string {
  const bits = modules.map((m) => {
    const seen = new Set(r.seen[m.id] ?? []);
    return m.slideIds.map((s) => (seen.has(s) ? '1' : '0')).join('').replace(/0+$/, '');
  });
  const quizIds = [...modules.map((m) => m.id), FINAL_ASSESSMENT];
  const quizzes = quizIds
    .map((id, i) => {
      const q = r.quizzes[id];
      return q ? `${i}:${Math.round(q.best * 1000)}${q.passed ? 'p' : 'f'}` : '';
    })
    .filter(Boolean)
    .join(',');
  const mi = r.last ? modules.findIndex((m) => m.id === r.last!.moduleId) : -1;
  const si = mi >= 0 ? modules[mi]!.slideIds.indexOf(r.last!.slideId) : -1;
  const text = ['1', bits.join(';'), quizzes, mi >= 0 && si >= 0 ? `${mi}.${si}` : ''].join('|');
  if (text.length > SUSPEND_DATA_LIMIT) throw new Error(`suspend data of ${text.length} characters exceeds ${SUSPEND_DATA_LIMIT}`);
  return text;
}

/** Reads suspend data back; anything unreadable gives an empty record (the LMS's copy is then ignored, not trusted). */
export function decodeSuspendData(text: string | null | undefined, modules: readonly OutlineModule[]): Resumable {
  const empty: Resumable = { seen: {}, quizzes: {} };
  if (!text) return empty;
  const [version, bits = '', quizzes = '', last = ''] = text.split('|');
  if (version !== '1') return empty;
  const r: Resumable = { seen: {}, quizzes: {} };
  bits.split(';').forEach((b, i) => {
    const m = modules[i];
    if (!m || !/^[01]*$/.test(b)) return;
    const ids = m.slideIds.filter((_, j) => b[j] === '1');
    if (ids.length) r.seen[m.id] = ids;
  });
  const quizIds = [...modules.map((m) => m.id), FINAL_ASSESSMENT];
  for (const part of quizzes.split(',')) {
    const match = /^(\d+):(\d{1,4})([pf])$/.exec(part);
    const id = match ? quizIds[Number(match[1])] : undefined;
    if (match && id) r.quizzes[id] = { best: Math.min(1000, Number(match[2])) / 1000, passed: match[3] === 'p' };
  }
  const lm = /^(\d+)\.(\d+)$/.exec(last);
  const module = lm ? modules[Number(lm[1])] : undefined;
  const slide = lm && module ? module.slideIds[Number(lm[2])] : undefined;
  if (module && slide) r.last = { moduleId: module.id, slideId: slide };
  return r;
}

/**
 * What this browser knows joined with what the LMS kept: slides seen in either, and for each
 * quiz a stand-in attempt when the LMS knows a better score or a pass this browser does not.
 */
export function mergeResumable(progress: Progress, attempts: readonly QuizAttempt[], r: Resumable, at: string): { progress: Progress; attempts: QuizAttempt[] } {
  const modules = { ...progress.modules };
  for (const [id, slides] of Object.entries(r.seen)) {
    const current = modules[id] ?? { seen: {} };
    const seen = { ...current.seen };
    for (const s of slides) seen[s] ??= at;
    modules[id] = { ...current, seen };
  }
  let next: Progress = { ...progress, modules };
  if (!progress.lastModuleId && r.last) {
    const m = modules[r.last.moduleId]!;
    next = { ...next, lastModuleId: r.last.moduleId, modules: { ...modules, [r.last.moduleId]: { ...m, lastSlideId: r.last.slideId, lastVisitedAt: at } } };
  }
  const added: QuizAttempt[] = [];
  for (const [quizId, q] of Object.entries(r.quizzes)) {
    const local = attempts.filter((a) => a.quizId === quizId);
    const localBest = Math.max(-1, ...local.map((a) => a.score));
    const localPassed = local.some((a) => a.passed);
    if (q.best > localBest || (q.passed && !localPassed))
      added.push({ id: `lms-${quizId}`, quizId, seed: 'lms', items: [], answers: {}, score: q.best, passed: q.passed, startedAt: at, endedAt: at });
  }
  return { progress: next, attempts: [...attempts.filter((a) => !added.some((b) => b.id === a.id)), ...added] };
}

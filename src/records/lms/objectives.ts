import { bestAttempt, hasPassed, readingStatus, seenCount, type OutlineModule, type Progress, type QuizAttempt, FINAL_ASSESSMENT } from '../../domain';

/** One module (or the final assessment) as the LMS's objective of the same id. */
export interface LmsObjective {
  id: string;
  completion: 'completed' | 'incomplete' | 'not attempted';
  /** `failed`: tried and not passed yet (a module quiz can be retaken; the LMS shows where a trainee stands). */
  success: 'passed' | 'failed' | 'unknown';
  /** Best quiz score 0…1; null before the first attempt. */
  scaled: number | null;
  /** Slides seen out of all, 0…1. */
  progress: number;
}

export const FINAL_OBJECTIVE = FINAL_ASSESSMENT;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function success(attempts: readonly QuizAttempt[], quizId: string): LmsObjective['success'] {
  if (hasPassed(attempts, quizId)) return 'passed';
  return attempts.some((a) => a.quizId === quizId) ? 'failed' : 'unknown';
}

/** Every module in course order, then the final assessment. */
export function lmsObjectives(modules: readonly OutlineModule[], progress: Progress, attempts: readonly QuizAttempt[]): LmsObjective[] {
  const perModule = modules.map((m): LmsObjective => {
    const reading = readingStatus(progress, m.id, m.slideIds);
    const best = m.hasQuiz ? bestAttempt(attempts, m.id)?.score : undefined;
    return {
      id: m.id,
      completion: reading === 'read' ? 'completed' : reading === 'in_progress' ? 'incomplete' : 'not attempted',
      success: m.hasQuiz ? success(attempts, m.id) : 'unknown',
      scaled: best === undefined ? null : round4(best),
      progress: m.slideIds.length ? round4(seenCount(progress, m.id, m.slideIds) / m.slideIds.length) : 0,
    };
  });
  const finalBest = bestAttempt(attempts, FINAL_OBJECTIVE)?.score;
  const finalTried = attempts.some((a) => a.quizId === FINAL_OBJECTIVE);
  const final: LmsObjective = {
    id: FINAL_OBJECTIVE,
    completion: finalTried ? 'completed' : 'not attempted',
    success: success(attempts, FINAL_OBJECTIVE),
    scaled: finalBest === undefined ? null : round4(finalBest),
    progress: finalTried ? 1 : 0,
  };
  return [...perModule, final];
}

/**
 * Whether the final assessment is failed for good: every allowed attempt used (`maxAttempts`,
 * 0 = unlimited) and none passed. Until then the course's success stays open.
 */
export function finalFailedForGood(attempts: readonly QuizAttempt[], maxAttempts: number): boolean {
  if (!(maxAttempts > 0) || hasPassed(attempts, FINAL_OBJECTIVE)) return false;
  return attempts.filter((a) => a.quizId === FINAL_OBJECTIVE).length >= maxAttempts;
}

/** SCORM 2004's cmi.objectives.n.* for one objective. */
export function scorm2004Objective(o: LmsObjective, n: number): [string, string][] {
  const p = `cmi.objectives.${n}`;
  return [
    [`${p}.id`, o.id],
    [`${p}.completion_status`, o.completion],
    [`${p}.success_status`, o.success],
    [`${p}.progress_measure`, String(o.progress)],
    ...(o.scaled === null
      ? []
      : ([
          [`${p}.score.scaled`, String(o.scaled)],
          [`${p}.score.raw`, String(Math.round(o.scaled * 100))],
          [`${p}.score.min`, '0'],
          [`${p}.score.max`, '100'],
        ] as [string, string][])),
  ];
}

/** SCORM 1.2 has one status per objective: the quiz's verdict where there is one, else the reading. */
export function scorm12ObjectiveStatus(o: LmsObjective): string {
  if (o.success !== 'unknown') return o.success;
  return o.completion === 'completed' ? 'completed' : o.completion === 'incomplete' ? 'incomplete' : 'not attempted';
}

/** SCORM 1.2's cmi.objectives.n.* for one objective. */
export function scorm12Objective(o: LmsObjective, n: number): [string, string][] {
  const p = `cmi.objectives.${n}`;
  return [
    [`${p}.id`, o.id],
    [`${p}.status`, scorm12ObjectiveStatus(o)],
    ...(o.scaled === null
      ? []
      : ([
          [`${p}.score.raw`, String(Math.round(o.scaled * 100))],
          [`${p}.score.min`, '0'],
          [`${p}.score.max`, '100'],
        ] as [string, string][])),
  ];
}

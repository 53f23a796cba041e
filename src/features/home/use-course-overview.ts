import { useMemo } from 'react';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import {
  FINAL_ASSESSMENT,
  bestAttempt,
  hasPassed,
  moduleStatus,
  readingStatus,
  resumePoint,
  seenCount,
  type Progress,
  type QuizAttempt,
} from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useQuizStore } from '../../stores/quiz-store';

/** The course as the home page shows it: each module with the trainee's reading and quiz state. */
export function useCourseOverview(locale: Locale) {
  const progress = useProgressStore((s) => s.progress);
  const attempts = useQuizStore((s) => s.quiz.attempts);
  return useMemo(() => overview(locale, progress, attempts), [locale, progress, attempts]);
}

export type CourseOverview = ReturnType<typeof overview>;

function overview(locale: Locale, progress: Progress, attempts: QuizAttempt[]) {
  const modules = courseModules(locale).map((m) => {
    const slideIds = m.slides.map((s) => s.id);
    const reading = readingStatus(progress, m.id, slideIds);
    const passed = hasPassed(attempts, m.id);
    return {
      ...m,
      slideIds,
      seen: seenCount(progress, m.id, slideIds),
      reading,
      status: moduleStatus(reading, { exists: Boolean(m.quiz), passed }),
      bestScore: bestAttempt(attempts, m.id)?.score,
      quizPassed: passed,
    };
  });
  const resume = resumePoint(progress, modules.map((m) => ({ id: m.id, slideIds: m.slideIds })));
  return {
    modules,
    resume: resume && { ...resume, module: modules.find((m) => m.id === resume.moduleId)! },
    hasStarted: Object.keys(progress.modules).length > 0,
    completedCount: modules.filter((m) => m.status === 'completed').length,
    totalMinutes: modules.reduce((sum, m) => sum + m.minutes, 0),
    final: {
      open: modules.every((m) => m.reading === 'read'),
      passed: hasPassed(attempts, FINAL_ASSESSMENT),
      bestScore: bestAttempt(attempts, FINAL_ASSESSMENT)?.score,
    },
  };
}

import { useMemo } from 'react';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { completionFromStores, readingStatus } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useQuizStore } from '../../stores/quiz-store';

/** Whether the trainee's own stores show the course complete, and if not, what is left. */
export function useCourseCompletion(locale: Locale) {
  const progress = useProgressStore((s) => s.progress);
  const attempts = useQuizStore((s) => s.quiz.attempts);
  return useMemo(() => {
    const modules = courseModules(locale).map((m) => ({ id: m.id, title: m.title, slideIds: m.slides.map((s) => s.id), hasQuiz: Boolean(m.quiz) }));
    const status = completionFromStores({ modules, progress, attempts });
    const missingModules = modules
      .filter((m) => status.missing.includes(m.id))
      .map((m) => ({ id: m.id, title: m.title, read: readingStatus(progress, m.id, m.slideIds) === 'read' }));
    return { status, missingModules };
  }, [locale, progress, attempts]);
}

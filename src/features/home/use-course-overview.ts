import { useMemo } from 'react';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { readingStatus, resumePoint, seenCount, type Progress } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';

/** The course as the home page shows it: each module with the trainee's reading state. */
export function useCourseOverview(locale: Locale) {
  const progress = useProgressStore((s) => s.progress);
  return useMemo(() => overview(locale, progress), [locale, progress]);
}

function overview(locale: Locale, progress: Progress) {
  const modules = courseModules(locale).map((m) => {
    const slideIds = m.slides.map((s) => s.id);
    return {
      ...m,
      slideIds,
      seen: seenCount(progress, m.id, slideIds),
      status: readingStatus(progress, m.id, slideIds),
    };
  });
  const resume = resumePoint(progress, modules.map((m) => ({ id: m.id, slideIds: m.slideIds })));
  return {
    modules,
    resume: resume && { ...resume, module: modules.find((m) => m.id === resume.moduleId)! },
    hasStarted: Object.keys(progress.modules).length > 0,
    readCount: modules.filter((m) => m.status === 'read').length,
    totalMinutes: modules.reduce((sum, m) => sum + m.minutes, 0),
  };
}

/**
 * Reading progress: which slides of which module a trainee has seen, and when.
 * Pure data and functions; the store persists it (see `restore-progress.ts`).
 */
export interface ModuleProgress {
  /** slide id → ISO time it was first seen */
  seen: Record<string, string>;
  lastSlideId?: string;
  lastVisitedAt?: string;
}

export interface Progress {
  modules: Record<string, ModuleProgress>;
  /** The module the trainee read most recently: what "resume" opens. */
  lastModuleId?: string;
}

export const emptyProgress: Progress = { modules: {} };

/** Records that `slideId` of `moduleId` was shown at `at` (ISO); keeps the first time it was seen. */
export function markSeen(progress: Progress, moduleId: string, slideId: string, at: string): Progress {
  const current = progress.modules[moduleId] ?? { seen: {} };
  return {
    ...progress,
    lastModuleId: moduleId,
    modules: {
      ...progress.modules,
      [moduleId]: {
        seen: current.seen[slideId] ? current.seen : { ...current.seen, [slideId]: at },
        lastSlideId: slideId,
        lastVisitedAt: at,
      },
    },
  };
}

/** How many of the module's current slides were seen (slides removed from the course do not count). */
export function seenCount(progress: Progress, moduleId: string, slideIds: readonly string[]): number {
  const seen = progress.modules[moduleId]?.seen ?? {};
  return slideIds.filter((id) => Object.hasOwn(seen, id)).length;
}

export type ReadingStatus = 'not_started' | 'in_progress' | 'read';

/** A module is read when every one of its slides was seen. */
export function readingStatus(progress: Progress, moduleId: string, slideIds: readonly string[]): ReadingStatus {
  const count = seenCount(progress, moduleId, slideIds);
  if (slideIds.length > 0 && count === slideIds.length) return 'read';
  return count === 0 ? 'not_started' : 'in_progress';
}

/**
 * Where to reopen a module: the slide last shown if it still exists, else the first slide not
 * yet seen, else the first slide.
 */
export function resumeSlide(progress: Progress, moduleId: string, slideIds: readonly string[]): string | undefined {
  const p = progress.modules[moduleId];
  if (p?.lastSlideId && slideIds.includes(p.lastSlideId)) return p.lastSlideId;
  return slideIds.find((id) => !p?.seen[id]) ?? slideIds[0];
}

/**
 * Where "resume" on the home page goes: the exact slide the trainee left, unless they left a
 * finished module on its last slide (they are done there), then the next module after it not
 * yet read (wrapping round to the start); with no history, the first module.
 */
export function resumePoint(
  progress: Progress,
  course: readonly { id: string; slideIds: readonly string[] }[],
): { moduleId: string; slideId: string } | undefined {
  const lastIndex = course.findIndex((m) => m.id === progress.lastModuleId);
  const unread = (m: { id: string; slideIds: readonly string[] }) => readingStatus(progress, m.id, m.slideIds) !== 'read';
  const last = course[lastIndex];
  const left = last && progress.modules[last.id]?.lastSlideId;
  if (last && left && last.slideIds.includes(left) && left !== last.slideIds.at(-1)) return { moduleId: last.id, slideId: left };
  const pick =
    last && unread(last)
      ? last
      : ([...course.slice(lastIndex + 1), ...course.slice(0, Math.max(lastIndex, 0))].find(unread) ?? last ?? course[0]);
  if (!pick) return undefined;
  const slideId = resumeSlide(progress, pick.id, pick.slideIds);
  return slideId ? { moduleId: pick.id, slideId } : undefined;
}

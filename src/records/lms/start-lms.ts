import { decodeSuspendData, encodeSuspendData, learnerIdAsEmployeeId, lmsCourseState, mergeResumable, resumableFrom, type QuizAttempt, type QuizBank, FINAL_ASSESSMENT } from '../../domain';
import { packageConfig } from '../../config/package';
import { courseModules } from '../../content/course';
import { loadAllQuizBanks, loadQuizBank } from '../../content/quiz-loader';
import type { Locale } from '../../content/locales';
import { useProfileStore } from '../../stores/profile-store';
import { useProgressStore } from '../../stores/progress-store';
import { useQuizStore } from '../../stores/quiz-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { findApi, type Scorm12Api, type Scorm2004Api } from './find-api';
import { attemptInteractions, type LmsInteraction } from './interactions';
import { finalFailedForGood, lmsObjectives } from './objectives';
import { scorm12Session, scorm2004Session, type LmsSession } from './scorm';

export type PackageFormat = 'scorm12' | 'scorm2004' | 'cmi5';

// Earlier launches stored this for the department an LMS does not know; it is no department at all.
const LEGACY_UNKNOWN_DEPARTMENT = '—';

/** Opens the session with the LMS this package was launched by, if it can be found. */
async function openSession(format: PackageFormat): Promise<LmsSession | undefined> {
  if (format === 'scorm12') {
    const api = findApi<Scorm12Api>(window, 'API');
    return api && scorm12Session(api);
  }
  if (format === 'scorm2004') {
    const api = findApi<Scorm2004Api>(window, 'API_1484_11');
    return api && scorm2004Session(api);
  }
  const { cmi5Session } = await import('./cmi5');
  return cmi5Session(new URL(location.href));
}

/**
 * Runs the course inside an LMS: the learner comes from the LMS (no welcome form), progress is
 * restored from what the LMS kept and merged with this browser's, and every change is reported
 * back (completion, success, score, suspend data) until the page goes away.
 */
export async function startLms(format: PackageFormat, locale: Locale): Promise<{ ok: true; session: LmsSession } | { ok: false; reason: string }> {
  let session: LmsSession | undefined;
  try {
    session = await openSession(format);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!session) return { ok: false, reason: 'no-lms' };
  const outline = courseModules(locale).map((m) => ({ id: m.id, slideIds: m.slides.map((s) => s.id), hasQuiz: Boolean(m.quiz) }));

  // The LMS owns the learner's name and ID, at every launch; the department is the trainee's own
  // (empty until they give one), kept only for the same learner.
  if (session.learner.id) {
    const employeeId = learnerIdAsEmployeeId(session.learner.id);
    const before = useProfileStore.getState().profile;
    const department = before?.employeeId === employeeId && before.department !== LEGACY_UNKNOWN_DEPARTMENT ? before.department : '';
    useProfileStore.getState().save({ name: session.learner.name || session.learner.id, employeeId, department });
    useProfileStore.setState({ lms: true });
  }

  const kept = decodeSuspendData(session.suspendData, outline);
  const merged = mergeResumable(useProgressStore.getState().progress, useQuizStore.getState().quiz.attempts, kept, new Date().toISOString());
  useProgressStore.setState({ progress: merged.progress });
  useQuizStore.setState((s) => ({ quiz: { ...s.quiz, attempts: merged.attempts } }));

  // Answers are told once: those of attempts finished from this launch on (earlier ones were told
  // by the session that saw them finish).
  const since = new Date().toISOString();
  const interactions = new Map<string, LmsInteraction[]>();
  const describe = async (a: QuizAttempt) => {
    if (interactions.has(a.id) || a.endedAt < since || a.items.length === 0) return;
    const banks: Record<string, QuizBank> = a.quizId === FINAL_ASSESSMENT ? await loadAllQuizBanks() : { [a.quizId]: await loadQuizBank(a.quizId) };
    interactions.set(a.id, attemptInteractions(a, banks));
  };
  const report = () => {
    const progress = useProgressStore.getState().progress;
    const attempts = useQuizStore.getState().quiz.attempts;
    session.report(
      {
        ...lmsCourseState(outline, progress, attempts),
        objectives: lmsObjectives(outline, progress, attempts),
        interactions: attempts.flatMap((a) => interactions.get(a.id) ?? []),
        failed: finalFailedForGood(attempts, packageConfig.finalAttempts),
      },
      encodeSuspendData(resumableFrom(progress, attempts), outline),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A bank that fails to load costs the interactions of that attempt, never the report.
      void Promise.allSettled(useQuizStore.getState().quiz.attempts.map(describe)).then(report);
    }, 250);
  };
  useProgressStore.subscribe(soon);
  useQuizStore.subscribe((s, prev) => s.quiz.attempts !== prev.quiz.attempts && soon());
  report();
  if (session.exit) {
    const exit = session.exit.bind(session);
    useRecordsStatus.getState().update({
      exit: () => {
        clearTimeout(timer);
        report();
        exit();
      },
    });
  }
  // `pagehide` is the last moment a page is sure to run; the LMS must hear the end before it.
  window.addEventListener('pagehide', () => {
    clearTimeout(timer);
    report();
    session.end();
  });
  return { ok: true, session };
}

import {
  FINAL_ASSESSMENT,
  activityIds,
  buildStatement,
  courseSatisfied,
  hasPassed,
  readingStatus,
  roleplayResult,
  joinLedgers,
  ledgerFormat,
  pruneLedger,
  smartGoalResult,
  type Statement,
  type Trainee,
} from '../domain';
import { activityEvents } from '../stores/activity-events';
import { useGoalsStore } from '../stores/goals-store';
import { useProgressStore } from '../stores/progress-store';
import { useQuizStore } from '../stores/quiz-store';
import { useRoleplayStore } from '../stores/roleplay-store';
import { changeFromOtherTab, readStore, writeStore } from '../stores/recovering-storage';
import { storageKey } from '../stores/storage-keys';
import { attemptStatements } from './attempt-statements';
import { recordStatementIds } from './record-ids';
import { startReviewEmitters } from './review-emitters';
import type { QueuedSubmission } from './attempt-transport';

export interface CourseOutline {
  modules: { id: string; title: string; slideIds: string[]; hasQuiz: boolean }[];
  locale: string;
}

export const EMITTED_KEY = storageKey('records-emitted');

/**
 * Turns what the trainee does into statements. It compares the stores with what it has already
 * recorded (kept in localStorage), so a reload or a crash between a change and its statement
 * only delays the statement; it is made on the next start. Those statements are named after the
 * trainee and what they record (see `recordStatementIds`), so one made twice is kept once; time on
 * a slide, an event rather than a state, takes a random id. Ids are fixed when queued.
 */
export function startEmitters(args: {
  outline: CourseOutline;
  courseIri: string;
  trainee: () => Trainee | undefined;
  record: (statements: Statement[]) => Promise<void>;
  /**
   * Set when the records server scores quiz attempts: a finished attempt's answers are queued for
   * it (it writes the verdicts), and a read module is reported as `progressed` to 100, the server
   * writing its `completed` and the course's. Without it the page writes every statement itself.
   */
  submit?: (submission: QueuedSubmission) => Promise<void>;
  /** A random id, for the statements of time spent on a slide. */
  newId: () => string;
  now?: () => string;
}) {
  const { outline, record, newId } = args;
  const now = args.now ?? (() => new Date().toISOString());
  const a = activityIds(args.courseIri);
  const idOf = recordStatementIds(args.courseIri);
  let emitted = readStore(EMITTED_KEY, ledgerFormat);
  // Another tab of the course records what it did and notes it in the same ledger: read it again before each look.
  const refresh = () => {
    emitted = joinLedgers(emitted, readStore(EMITTED_KEY, ledgerFormat));
  };
  const save = () => {
    refresh();
    emitted = pruneLedger(emitted, {
      attempts: useQuizStore.getState().quiz.attempts.map((x) => x.id),
      runs: useRoleplayStore.getState().roleplay.runs.map((r) => r.id),
      goals: useGoalsStore.getState().goals.map((g) => g.id),
    });
    writeStore(EMITTED_KEY, emitted, ledgerFormat);
  };
  const language = outline.locale;
  const name = (text: string) => ({ [language]: text });

  // Changes are handled one after another, so two quick changes never record one thing twice.
  let chain = Promise.resolve();
  const serial = (task: () => Promise<void>) => {
    chain = chain.then(task).catch((error: unknown) => console.warn('records:', error));
    return chain;
  };

  const common = (trainee: Trainee) => ({ trainee, courseIri: args.courseIri, language, timestamp: now() });

  async function reading(trainee: Trainee) {
    const progress = useProgressStore.getState().progress;
    // Only attempts already recorded count toward the course: one finished while this look was
    // under way is recorded by the next, and the course's completion never comes before its pass.
    const attempts = useQuizStore.getState().quiz.attempts.filter((x) => emitted.attempts.includes(x.id));
    const out: Statement[] = [];
    for (const m of outline.modules) {
      if (emitted.modulesRead.includes(m.id) || readingStatus(progress, m.id, m.slideIds) !== 'read') continue;
      const object = { id: a.module(m.id), type: 'module' as const, name: name(m.title) };
      out.push(
        args.submit
          ? buildStatement({ ...common(trainee), id: idOf(trainee, 'module', 'progressed', m.id), verb: 'progressed', object, result: { progress: 100 } })
          : buildStatement({ ...common(trainee), id: idOf(trainee, 'module', 'completed', m.id), verb: 'completed', object, result: { completion: true } }),
      );
      emitted.modulesRead.push(m.id);
    }
    // The records server that scores attempts writes the course's completion itself.
    const satisfied = courseSatisfied(outline.modules.map((m) => ({ read: readingStatus(progress, m.id, m.slideIds) === 'read', hasQuiz: m.hasQuiz, passed: hasPassed(attempts, m.id) })));
    if (satisfied && !emitted.courseCompleted && !args.submit) {
      out.push(buildStatement({ ...common(trainee), id: idOf(trainee, 'course'), verb: 'completed', object: { id: a.course, type: 'course' }, result: { completion: true } }));
      emitted.courseCompleted = true;
    }
    if (out.length) {
      await record(out);
      save();
    }
  }

  async function quizzes(trainee: Trainee) {
    for (const attempt of useQuizStore.getState().quiz.attempts) {
      if (emitted.attempts.includes(attempt.id)) continue;
      if (args.submit) {
        const { id, quizId, seed, avoid, answers, startedAt, endedAt } = attempt;
        useQuizStore.getState().awaitServer([id]);
        await args.submit({ kind: 'quiz-attempt', id, quizId, seed, ...(avoid ? { avoid } : {}), answers, startedAt, endedAt });
      } else await record(await attemptStatements({ ...common(trainee), idOf }, attempt));
      emitted.attempts.push(attempt.id);
      save();
    }
  }

  async function practice(trainee: Trainee) {
    const out: Statement[] = [];
    for (const goal of useGoalsStore.getState().goals) {
      if (emitted.goals.includes(goal.id)) continue;
      out.push(buildStatement({ ...common(trainee), id: idOf(trainee, 'goal', goal.id), verb: 'answered', object: { id: a.smart(), type: 'interaction' }, result: smartGoalResult(goal, a.course) }));
      emitted.goals.push(goal.id);
    }
    for (const run of useRoleplayStore.getState().roleplay.runs) {
      if (emitted.runs.includes(run.id)) continue;
      out.push(
        buildStatement({
          ...common(trainee),
          id: idOf(trainee, 'run', run.id),
          verb: 'completed',
          object: { id: a.roleplay(run.scenarioId), type: 'simulation' },
          result: roleplayResult(run),
        }),
      );
      emitted.runs.push(run.id);
    }
    if (out.length) {
      await record(out);
      save();
    }
  }

  const check = () =>
    serial(async () => {
      const trainee = args.trainee();
      if (!trainee) return;
      refresh();
      await quizzes(trainee);
      await reading(trainee);
      await practice(trainee);
    }).then(startReviews);

  // Review practice follows the quizzes: the review store loads once there is a quiz attempt,
  // and its statements go through the same ordered chain.
  let reviews: Promise<{ check: () => Promise<void>; stop: () => void }> | undefined;
  function startReviews() {
    if (reviews) return void reviews.then((r) => r.check()).catch(() => undefined);
    if (!useQuizStore.getState().quiz.attempts.some((x) => x.quizId !== FINAL_ASSESSMENT)) return;
    reviews = import('../stores/review-store').then(({ useReviewStore }) => startReviewEmitters({ store: useReviewStore, courseIri: args.courseIri, language, trainee: args.trainee, record, idOf, serial }));
    reviews.catch((error: unknown) => {
      reviews = undefined;
      console.warn('records:', error);
    });
  }

  // What another tab did and this one took in is recorded by that tab, not again here.
  const own = (changed: boolean) => changed && !changeFromOtherTab() && void check();
  const stops = [
    useProgressStore.subscribe(() => own(true)),
    useQuizStore.subscribe((s, prev) => own(s.quiz.attempts !== prev.quiz.attempts)),
    useGoalsStore.subscribe((s, prev) => own(s.goals !== prev.goals)),
    useRoleplayStore.subscribe((s, prev) => own(s.roleplay.runs !== prev.roleplay.runs)),
    activityEvents.subscribe((e) =>
      serial(async () => {
        const trainee = args.trainee();
        if (!trainee || e.durationMs < 1000) return;
        await record([
          buildStatement({
            ...common(trainee),
            timestamp: e.at,
            id: newId(),
            verb: 'experienced',
            object: { id: a.slide(e.moduleId, e.slideId), type: 'lesson' },
            parent: a.module(e.moduleId),
            result: { durationMs: e.durationMs },
          }),
        ]);
      }),
    ),
  ];
  void check();
  return {
    check,
    /** Resolves when every change seen so far has been recorded (tests, and before unload). */
    settled: async () => {
      await chain;
      if (reviews) await (await reviews).check();
      await chain;
    },
    stop: () => {
      stops.forEach((s) => s());
      void reviews?.then((r) => r.stop());
    },
  };
}

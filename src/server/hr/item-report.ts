import { FINAL_ASSESSMENT, practiceTotals, type CourseModuleInfo, type CriterionStats, type EndingStats, type ItemStats, type PracticeOrder, type QuizBank } from '../../domain';
import type { LearnerSummaries } from '../records/learner-summaries';

export interface ItemReport {
  items: ItemStats[];
  criteria: CriterionStats[];
  endings: EndingStats[];
  /** Learners whose latest answers are not counted yet: their summaries are still being made. */
  pending: number;
}

/**
 * HR's item analysis and practice tables: every learner's practice summary (quiz items' sums,
 * SMART criteria, role-play endings; see `practiceSummary`) added up. A summary is made again from
 * the learner's statements only when they change, so a visit reads one row per learner, not every
 * answer ever sent. Only the actors `include` keeps are counted (a scoped session's department).
 */
export function itemReport(summaries: LearnerSummaries, modules: readonly CourseModuleInfo[], banks: Readonly<Record<string, QuizBank>> = {}, log?: (line: string) => void) {
  const quizzes = modules.filter((m) => m.hasQuiz).map((m) => m.id);
  const items: Record<string, string[]> = Object.fromEntries(quizzes.map((id) => [id, banks[id]?.items.map((i) => i.id) ?? []]));
  // The final assessment draws from the modules' banks.
  items[FINAL_ASSESSMENT] = quizzes.flatMap((id) => items[id]!);
  const order: PracticeOrder = { quizzes, items };
  return async (include: (actorKey: string) => boolean, o: { complete?: boolean; budgetMs?: number } = {}): Promise<ItemReport> => {
    // A spreadsheet HR keeps must count everyone; the page may say some are still being counted.
    const pending = o.complete ? (await summaries.refresh(), 0) : await summaries.catchUp(o.budgetMs ?? 1500, log);
    const totals = practiceTotals();
    for await (const { actorKey, summary } of summaries.practice()) if (include(actorKey)) totals.add(summary);
    return { ...totals.report(order), pending };
  };
}

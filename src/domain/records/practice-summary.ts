import { FINAL_ASSESSMENT } from '../quiz/results';
import { activityIds } from '../xapi/activities';
import { VERBS } from '../xapi/vocabulary';
import { criterionCounts, criterionStatsOf, endingSplit, endingStatsOf, itemStatsOf, sumAttempt, type CriterionCounts, type CriterionStats, type EndingStats, type ItemStats, type ItemSums } from './item-analysis';
import { decodeSegment, locateActivity } from './module-progress';

/** The parts of a statement one learner's practice summary is made from. */
export interface PracticeStatementLike {
  verb?: { id?: string };
  object?: { id?: string };
  timestamp?: string;
  result?: { score?: { scaled?: number }; response?: unknown; extensions?: Record<string, unknown> };
  context?: { registration?: string; contextActivities?: { parent?: { id?: string }[] } };
}

/**
 * What HR's item analysis and practice tables need of one learner, in sums that add up across
 * learners: per quiz item the sums its statistics are made of, per SMART criterion the saved goals
 * judged on it and those that missed it, per role-play the finished runs by ending. Kept per
 * learner beside the statements and made again only when that learner's statements change.
 */
export interface PracticeSummary {
  items: ItemSums[];
  goals: CriterionCounts;
  endings: Record<string, Record<string, number>>;
}

/** The order HR reads items in: the course's quizzes, and each quiz's items as its bank lists them. */
export interface PracticeOrder {
  quizzes: readonly string[];
  items?: Readonly<Record<string, readonly string[]>>;
}

export const EMPTY_PRACTICE: PracticeSummary = { items: [], goals: {}, endings: {} };

/**
 * One learner's practice summary from their statements (voided ones left out by the caller). A quiz
 * attempt's answers carry the same registration, parent quiz and timestamp (see `quizStatements`),
 * so those group them; an answer under any other parent (a review of the item, weeks later) is no
 * attempt of the quiz.
 */
export function practiceSummary(statements: readonly PracticeStatementLike[], courseIri: string): PracticeSummary {
  const ids = activityIds(courseIri);
  const finalIri = ids.final();
  const smartIri = ids.smart();
  const roleplayPrefix = ids.roleplay('');
  const attempts = new Map<string, { quizId: string; items: { itemId: string; score: number; response: string }[] }>();
  const goals: Record<string, string>[] = [];
  const runs: { roleplayId: string; ending: string }[] = [];
  for (const s of statements) {
    const verb = s.verb?.id;
    const objectId = s.object?.id;
    if (typeof objectId !== 'string') continue;
    if (verb === VERBS.completed) {
      if (!objectId.startsWith(roleplayPrefix) || objectId.length === roleplayPrefix.length) continue;
      const roleplayId = decodeSegment(objectId.slice(roleplayPrefix.length));
      const ending = s.result?.response;
      if (roleplayId !== undefined && typeof ending === 'string') runs.push({ roleplayId, ending });
      continue;
    }
    if (verb !== VERBS.answered) continue;
    if (objectId === smartIri) {
      const verdicts = s.result?.extensions?.[ids.smartVerdicts()];
      if (verdicts && typeof verdicts === 'object') goals.push(verdicts as Record<string, string>);
      continue;
    }
    const where = locateActivity(objectId, courseIri);
    const parent = s.context?.contextActivities?.parent?.[0]?.id ?? '';
    const last = objectId.split('/').at(-1);
    const itemId = where?.part === 'item' ? where.itemId : last && decodeSegment(last);
    const quizId = parent === finalIri ? FINAL_ASSESSMENT : where?.part === 'item' && parent === ids.quiz(where.moduleId) ? where.moduleId : undefined;
    if (!itemId || !quizId) continue;
    const scaled = s.result?.score?.scaled;
    const response = s.result?.response;
    const key = [s.context?.registration ?? '', parent, s.timestamp ?? ''].join('\u0000');
    let attempt = attempts.get(key);
    if (!attempt) attempts.set(key, (attempt = { quizId, items: [] }));
    attempt.items.push({ itemId, score: typeof scaled === 'number' ? Math.min(1, Math.max(0, scaled)) : 0, response: typeof response === 'string' ? response : '' });
  }
  const items = new Map<string, ItemSums>();
  for (const attempt of attempts.values()) sumAttempt(items, attempt);
  return { items: [...items.values()], goals: criterionCounts(goals), endings: endingSplit(runs) };
}

/** Practice summaries added up, learner after learner. */
export function practiceTotals() {
  const items = new Map<string, ItemSums>();
  const goals: PracticeSummary['goals'] = {};
  const endings: PracticeSummary['endings'] = {};
  return {
    add(s: PracticeSummary) {
      for (const i of s.items) {
        const key = `${i.quizId}\u0000${i.itemId}`;
        const t = items.get(key);
        if (!t) {
          items.set(key, { ...i, options: { ...i.options } });
          continue;
        }
        t.n += i.n;
        t.sx += i.sx;
        t.sr += i.sr;
        t.sxr += i.sxr;
        t.sxx += i.sxx;
        t.srr += i.srr;
        for (const [option, n] of Object.entries(i.options)) t.options[option] = (t.options[option] ?? 0) + n;
      }
      for (const [criterion, g] of Object.entries(s.goals)) {
        const t = (goals[criterion] ??= { judged: 0, missed: 0 });
        t.judged += g.judged;
        t.missed += g.missed;
      }
      for (const [roleplayId, split] of Object.entries(s.endings)) {
        const t = (endings[roleplayId] ??= {});
        for (const [ending, n] of Object.entries(split)) t[ending] = (t[ending] ?? 0) + n;
      }
    },
    /**
     * The report: items in the course's order (its quizzes as `order.quizzes` lists them, the final
     * assessment last; in a quiz, its items as `order.items` lists them, any other, such as one the
     * content no longer has, after them by id, q2 before q10); each item's options most chosen first.
     */
    report(order: PracticeOrder): { items: ItemStats[]; criteria: CriterionStats[]; endings: EndingStats[] } {
      const natural = new Intl.Collator('en', { numeric: true }).compare;
      const place = (list: readonly string[], id: string, after: number) => (list.includes(id) ? list.indexOf(id) : after);
      const quizRank = (quizId: string) => (quizId === FINAL_ASSESSMENT ? order.quizzes.length + 1 : place(order.quizzes, quizId, order.quizzes.length));
      const itemRank = (quizId: string, itemId: string) => {
        const list = order.items?.[quizId] ?? [];
        return place(list, itemId, list.length);
      };
      const sorted = [...items.values()]
        .sort((a, b) => quizRank(a.quizId) - quizRank(b.quizId) || natural(a.quizId, b.quizId) || itemRank(a.quizId, a.itemId) - itemRank(b.quizId, b.itemId) || natural(a.itemId, b.itemId))
        .map((i) => ({ ...i, options: Object.fromEntries(Object.entries(i.options).sort(([a, m], [b, n]) => n - m || natural(a, b))) }));
      return { items: itemStatsOf(sorted), criteria: criterionStatsOf(goals), endings: endingStatsOf(endings) };
    },
  };
}

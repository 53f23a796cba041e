import { activityIds, criterionStats, decodeSegment, endingStats, itemAnalysis, locateActivity, VERBS, type AnalyzedAttempt, type ItemStats, FINAL_ASSESSMENT } from '../../domain';
import type { Sql } from '../storage/sql';

interface AnsweredRow {
  seq: number;
  actor_key: string;
  registration: string | null;
  body: string;
}

/**
 * Item analysis from the course's `answered` statements. A quiz attempt's items carry the same
 * actor, registration, parent quiz and timestamp (see `quizStatements`), so those four group
 * them; the quiz is the module's (its id) or the final assessment (`final`). Only the actors
 * `include` keeps are read (a scoped session's department).
 */
export function itemReport(sql: Sql, courseIri: string) {
  const finalIri = activityIds(courseIri).final();
  const quizOf = activityIds(courseIri).quiz;

  async function attempts(include: (actorKey: string) => boolean): Promise<AnalyzedAttempt[]> {
    const byAttempt = new Map<string, AnalyzedAttempt & { items: { itemId: string; score: number; response: string }[] }>();
    for (let after = 0; ; ) {
      const rows = await sql.all<AnsweredRow>('SELECT seq, actor_key, registration, body FROM statements WHERE verb_id = ? AND voided = 0 AND seq > ? ORDER BY seq LIMIT 1000', [VERBS.answered, after]);
      if (rows.length === 0) break;
      after = rows.at(-1)!.seq;
      for (const row of rows) {
        if (!include(row.actor_key)) continue;
        const s = JSON.parse(row.body) as {
          object?: { id?: string };
          timestamp?: string;
          result?: { score?: { scaled?: number }; response?: string };
          context?: { contextActivities?: { parent?: { id?: string }[] } };
        };
        const where = typeof s.object?.id === 'string' ? locateActivity(s.object.id, courseIri) : undefined;
        const parent = s.context?.contextActivities?.parent?.[0]?.id ?? '';
        const last = s.object?.id?.split('/').at(-1);
        const itemId = where?.part === 'item' ? where.itemId : last && decodeSegment(last);
        // An attempt's answers sit under its quiz: a review of the same item (under the review
        // activity, one item at a time, weeks later) is no attempt of the quiz.
        const quizId = parent === finalIri ? FINAL_ASSESSMENT : where?.part === 'item' && parent === quizOf(where.moduleId) ? where.moduleId : undefined;
        if (!itemId || !quizId) continue;
        const scaled = s.result?.score?.scaled;
        const key = [row.actor_key, row.registration ?? '', parent, s.timestamp ?? ''].join('\u0000');
        let attempt = byAttempt.get(key);
        if (!attempt) byAttempt.set(key, (attempt = { quizId, items: [] }));
        attempt.items.push({ itemId, score: typeof scaled === 'number' ? Math.min(1, Math.max(0, scaled)) : 0, response: s.result?.response ?? '' });
      }
    }
    return [...byAttempt.values()];
  }

  const ids = activityIds(courseIri);
  const roleplayPrefix = ids.roleplay('');

  /** Each saved SMART goal's verdicts (its `answered` statement's extension) and each finished role-play's ending (its `completed` response). */
  async function practice(include: (actorKey: string) => boolean) {
    const goals: Record<string, string>[] = [];
    const runs: { roleplayId: string; ending: string }[] = [];
    for (const [verb, keep] of [
      [VERBS.answered, (id: string) => id === ids.smart()],
      [VERBS.completed, (id: string) => id.startsWith(roleplayPrefix) && id.length > roleplayPrefix.length],
    ] as const) {
      for (let after = 0; ; ) {
        const rows = await sql.all<{ seq: number; actor_key: string; object_id: string; body: string }>(
          'SELECT seq, actor_key, object_id, body FROM statements WHERE verb_id = ? AND voided = 0 AND seq > ? ORDER BY seq LIMIT 1000',
          [verb, after],
        );
        if (rows.length === 0) break;
        after = rows.at(-1)!.seq;
        for (const row of rows) {
          if (!keep(row.object_id) || !include(row.actor_key)) continue;
          const result = (JSON.parse(row.body) as { result?: { response?: unknown; extensions?: Record<string, unknown> } }).result;
          if (verb === VERBS.completed) {
            const roleplayId = decodeSegment(row.object_id.slice(roleplayPrefix.length));
            if (typeof result?.response === 'string' && roleplayId !== undefined) runs.push({ roleplayId, ending: result.response });
            continue;
          }
          const verdicts = result?.extensions?.[ids.smartVerdicts()];
          if (verdicts && typeof verdicts === 'object') goals.push(Object.fromEntries(Object.entries(verdicts).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
        }
      }
    }
    return { criteria: criterionStats(goals), endings: endingStats(runs) };
  }

  return {
    attempts,
    items: async (include: (actorKey: string) => boolean): Promise<ItemStats[]> => itemAnalysis(await attempts(include)),
    practice,
  };
}

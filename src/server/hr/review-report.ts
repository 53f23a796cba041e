import {
  accountActor,
  actorKey,
  deckFromStatements,
  overdueCards,
  recordStatus,
  retentionByModule,
  VERBS,
  type CourseModuleInfo,
  type ModuleRetention,
  type ReviewStatementLike,
  type TraineeRecord,
} from '../../domain';
import type { Sql } from '../storage/sql';

export interface ReviewReport {
  /** Per module: trainees who completed it, and the retention of its reviews 30+ days after the pass. */
  modules: { id: string; completed: number; retention: ModuleRetention }[];
  /** Trainees with a review left for more than a day, the longest overdue first. */
  overdue: { employeeId: string; name: string; department: string; items: number; since: string }[];
}

/**
 * HR's view of spaced review, computed from the statements themselves: retention from the review
 * answers, and each trainee's deck rebuilt by the same rules as the browser's to find overdue
 * reviews (nothing the browser claims about its schedule is taken on trust).
 */
export async function reviewReport(
  sql: Sql,
  o: { courseIri: string; homePage: string; modules: readonly CourseModuleInfo[]; trainees: readonly TraineeRecord[]; now: Date; onlyThese?: boolean },
): Promise<ReviewReport> {
  // A scoped report (a manager's) counts the answers of its trainees only, not everyone's.
  const keep = o.onlyThese ? new Set(o.trainees.map((t) => actorKey(accountActor('', t.employeeId, o.homePage)))) : undefined;
  const byActor = new Map<string, ReviewStatementLike[]>();
  const rows = sql.rows<{ actor_key: string; body: string }>('SELECT actor_key, body FROM statements WHERE voided = 0 AND verb_id IN (?, ?) ORDER BY seq', [VERBS.answered, VERBS.passed]);
  for await (const row of rows) {
    if (keep && !keep.has(row.actor_key)) continue;
    const list = byActor.get(row.actor_key) ?? [];
    list.push(JSON.parse(row.body) as ReviewStatementLike);
    byActor.set(row.actor_key, list);
  }
  const retention = retentionByModule(byActor.values(), o.courseIri);
  const modules = o.modules
    .filter((m) => m.hasQuiz)
    .map((m) => ({
      id: m.id,
      completed: o.trainees.filter((t) => recordStatus(t.modules[m.id], m.hasQuiz) === 'completed').length,
      retention: retention[m.id] ?? { answered: 0, right: 0, share: null },
    }));
  const overdue: ReviewReport['overdue'] = [];
  for (const t of o.trainees) {
    const statements = byActor.get(actorKey(accountActor('', t.employeeId, o.homePage)));
    if (!statements) continue;
    const late = overdueCards(deckFromStatements(statements, o.courseIri), o.now);
    if (late.length) overdue.push({ employeeId: t.employeeId, name: t.name, department: t.department, items: late.length, since: late[0]!.due });
  }
  overdue.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  return { modules, overdue };
}

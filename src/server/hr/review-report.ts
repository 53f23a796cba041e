import { overdueOf, type CourseModuleInfo, type ModuleRetention } from '../../domain';
import type { LearnerSummaries } from '../records/learner-summaries';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import { chunks, placeholders, type Sql } from '../storage/sql';
import { reportRows } from './report-rows';

export interface ReviewReport {
  /** Per module: trainees who completed it, and the retention of its reviews 30+ days after the pass. */
  modules: { id: string; completed: number; retention: ModuleRetention }[];
  /** Trainees with a review left for more than a day, the longest overdue first (`actorKey` as on HR's matrix rows). */
  overdue: { employeeId: string; name: string; department: string; items: number; since: string; actorKey?: string }[];
  /** Trainees whose latest answers are not counted yet: their summaries are still being made (they count as they stood before, if at all). */
  pending: number;
}

/**
 * HR's view of spaced review, computed from the statements themselves: retention from the review
 * answers, and each trainee's deck rebuilt by the same rules as the browser's to find overdue
 * reviews (nothing the browser claims about its schedule is taken on trust). Each trainee's share
 * is their review summary, made again only when their statements changed; `scope`, the actor
 * keys of a manager's trainees, keeps the report to them.
 */
export async function reviewReport(
  sql: Sql,
  summaries: LearnerSummaries,
  o: { homePage: string; courseIri: string; modules: readonly CourseModuleInfo[]; now: Date; scope?: readonly string[]; courseId?: string; budgetMs?: number; log?: (line: string) => void },
): Promise<ReviewReport> {
  const courseId = o.courseId ?? DEFAULT_COURSE_ID;
  const keep = o.scope ? new Set(o.scope) : undefined;
  const pending = await summaries.catchUp(o.budgetMs ?? 1500, o.log);
  const retention: Record<string, { answered: number; right: number }> = {};
  const late: { key: string; items: number; since: string }[] = [];
  for await (const { actorKey: key, summary } of summaries.all()) {
    if (keep && !keep.has(key)) continue;
    for (const [moduleId, m] of Object.entries(summary.retention)) {
      const sum = (retention[moduleId] ??= { answered: 0, right: 0 });
      sum.answered += m.answered;
      sum.right += m.right;
    }
    const overdue = overdueOf(summary, o.now);
    if (overdue) late.push({ key, ...overdue });
  }

  // A module is completed by a trainee when it is read and its quiz passed: their progress row says both.
  const completed = new Map<string, number>();
  const count = async (keys?: readonly string[]) => {
    const rows = await sql.all<{ module_id: string; n: number }>(
      `SELECT module_id, COUNT(*) AS n FROM progress WHERE course_id = ? AND read = 1 AND passed = 1${keys ? ` AND actor_key IN (${placeholders(keys.length)})` : ''} GROUP BY module_id`,
      [courseId, ...(keys ?? [])],
    );
    for (const r of rows) completed.set(r.module_id, (completed.get(r.module_id) ?? 0) + Number(r.n));
  };
  if (o.scope) for (const part of chunks(o.scope, 500)) await count(part);
  else await count();

  const modules = o.modules
    .filter((m) => m.hasQuiz)
    .map((m) => {
      const r = retention[m.id];
      return { id: m.id, completed: completed.get(m.id) ?? 0, retention: r ? { ...r, share: r.right / r.answered } : { answered: 0, right: 0, share: null } };
    });
  // Named as HR's matrix names them; one in neither the registrations nor the progress (a removed identity) is left out.
  const people = await reportRows((text, params) => sql.all(text, params), { homePage: o.homePage, courseIri: o.courseIri, courseId }).byKeys(late.map((l) => l.key));
  const overdue = late.flatMap((l) => {
    const who = people.get(l.key);
    return who ? [{ employeeId: who.employeeId, name: who.name, department: who.department, ...(who.actorKey ? { actorKey: who.actorKey } : {}), items: l.items, since: l.since }] : [];
  });
  overdue.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  return { modules, overdue, pending };
}

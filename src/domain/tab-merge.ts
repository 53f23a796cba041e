import type { ModuleProgress, Progress } from './progress/progress';
import type { ActiveAttempt, QuizState } from './quiz/quiz-state';
import type { QuizAttempt } from './quiz/results';
import type { SavedGoal } from './smart/saved-goals';
import { hasGoal } from './smart/saved-goals';
import type { ReviewCard, ReviewState } from './review/deck';
import type { ActiveRun, FinishedRun, RoleplayState } from './roleplay/runs';

/**
 * How a store kept on the device takes in what another tab of the same browser wrote, when both
 * tabs changed it (`mine`: this tab's state; `theirs`: the copy the other tab just wrote, so the
 * newer one; `base`, when known: the copy the other tab wrote over, which both tabs started
 * from). Nothing the trainee did in either tab is dropped: records are joined by id, where both
 * tabs hold the same record the one further along wins, and a record one tab deleted since
 * `base` stays deleted. Pure; never mutates its input.
 */
export type TabMerge<S> = (mine: S, theirs: S, base?: S) => S;

/** The keys of `base`'s records that one of the tabs no longer holds: deleted there since. */
export function deletedSince<T>(base: readonly T[] | undefined, copies: readonly (readonly T[])[], key: (r: T) => string): Set<string> {
  const held = copies.map((c) => new Set(c.map(key)));
  return new Set((base ?? []).map(key).filter((k) => held.some((h) => !h.has(k))));
}

const earlier = (a: string | undefined, b: string | undefined) => (a === undefined || (b !== undefined && b < a) ? b : a);
const later = (a: string | undefined, b: string | undefined) => (a === undefined || (b !== undefined && b > a) ? b : a);

/** Joins two lists of records by key; `pick` chooses between two records with the same key (theirs by default). */
export function joinById<T>(mine: readonly T[], theirs: readonly T[], key: (r: T) => string, pick: (mine: T, theirs: T) => T = (_m, t) => t): T[] {
  const joined = new Map<string, T>();
  for (const r of mine) joined.set(key(r), r);
  for (const r of theirs) {
    const own = joined.get(key(r));
    joined.set(key(r), own === undefined ? r : pick(own, r));
  }
  return [...joined.values()];
}

function joinRecords<T>(mine: Readonly<Record<string, T>>, theirs: Readonly<Record<string, T>>, pick: (mine: T, theirs: T) => T): Record<string, T> {
  const joined: Record<string, T> = { ...mine };
  for (const [k, v] of Object.entries(theirs)) joined[k] = Object.hasOwn(mine, k) ? pick(mine[k]!, v) : v;
  return joined;
}

function mergeModule(mine: ModuleProgress, theirs: ModuleProgress): ModuleProgress {
  const seen = joinRecords(mine.seen, theirs.seen, (a, b) => earlier(a, b)!);
  const recent = (mine.lastVisitedAt ?? '') > (theirs.lastVisitedAt ?? '') ? mine : theirs;
  const merged: ModuleProgress = { seen };
  if (recent.lastSlideId !== undefined) merged.lastSlideId = recent.lastSlideId;
  const visited = later(mine.lastVisitedAt, theirs.lastVisitedAt);
  if (visited !== undefined) merged.lastVisitedAt = visited;
  return merged;
}

/** Reading progress: every slide seen in either tab stays seen (first seen: the earlier time); "resume" follows the tab that read last. */
export const mergeProgress: TabMerge<Progress> = (mine, theirs) => {
  const modules = joinRecords(mine.modules, theirs.modules, mergeModule);
  const visited = (p: Progress) => (p.lastModuleId ? (modules[p.lastModuleId]?.lastVisitedAt ?? '') : '');
  const lastModuleId = visited(mine) > visited(theirs) ? mine.lastModuleId : (theirs.lastModuleId ?? mine.lastModuleId);
  return lastModuleId === undefined ? { modules } : { modules, lastModuleId };
};

/** A server's score is final; otherwise the newer copy's word on the attempt counts. */
const pickAttempt = (mine: QuizAttempt, theirs: QuizAttempt) => (mine.scoredBy === 'server' && theirs.scoredBy !== 'server' ? mine : theirs);
const progressOf = (a: ActiveAttempt) => Object.keys(a.answers).length + a.checked.length;
const pickActive = (mine: ActiveAttempt, theirs: ActiveAttempt) => {
  if (mine.id !== theirs.id) return mine.startedAt > theirs.startedAt ? mine : theirs;
  return progressOf(mine) > progressOf(theirs) ? mine : theirs;
};

/** Quiz results: every finished attempt of either tab is kept; an attempt under way finished in the other tab is no longer under way. */
export const mergeQuiz: TabMerge<QuizState> = (mine, theirs) => {
  const attempts = joinById(mine.attempts, theirs.attempts, (a) => a.id, pickAttempt).sort((a, b) => (a.endedAt < b.endedAt ? -1 : a.endedAt > b.endedAt ? 1 : 0));
  const finished = new Set(attempts.map((a) => a.id));
  const active = joinRecords(mine.active, theirs.active, pickActive);
  for (const [quizId, a] of Object.entries(active)) if (finished.has(a.id)) delete active[quizId];
  return { attempts, active };
};

/** Saved goals: both tabs' goals, newest first, the same goal (same words, same company) once; a goal deleted in either tab stays deleted. */
export const mergeGoals: TabMerge<SavedGoal[]> = (mine, theirs, base) => {
  const deleted = deletedSince(base, [mine, theirs], (g) => g.id);
  const joined = joinById(mine, theirs, (g) => g.id).filter((g) => !deleted.has(g.id)).sort((a, b) => (a.savedAt > b.savedAt ? -1 : a.savedAt < b.savedAt ? 1 : 0));
  return joined.reduce<SavedGoal[]>((kept, g) => (hasGoal(kept, g.text, g.scenarioId) ? kept : [...kept, g]), []);
};

/** The card reviewed last holds the scheduler's latest memory of the item. */
const pickCard = (mine: ReviewCard, theirs: ReviewCard) => (mine.lastReview > theirs.lastReview || (mine.lastReview === theirs.lastReview && mine.reps > theirs.reps) ? mine : theirs);

/** The review deck: every card, answer and check-in of either tab; a card reviewed in both keeps the later review. */
export const mergeReview: TabMerge<ReviewState> = (mine, theirs) => ({
  cards: joinRecords(mine.cards, theirs.cards, pickCard),
  answers: joinById(mine.answers, theirs.answers, (a) => a.id).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
  followUps: joinById(mine.followUps, theirs.followUps, (f) => f.id, (m, t) => (m.at > t.at ? m : t)),
  seededAttempts: [...new Set([...mine.seededAttempts, ...theirs.seededAttempts])],
});

const pickRun = (mine: ActiveRun, theirs: ActiveRun) =>
  mine.startedAt !== theirs.startedAt ? (mine.startedAt > theirs.startedAt ? mine : theirs) : mine.choices.length > theirs.choices.length ? mine : theirs;
const sameRun = (active: ActiveRun, run: FinishedRun) => active.scenarioId === run.scenarioId && active.startedAt === run.startedAt;

/** Role-play runs: every finished run of either tab; a run under way finished in the other tab is no longer under way. */
export const mergeRoleplay: TabMerge<RoleplayState> = (mine, theirs) => {
  const runs = joinById(mine.runs, theirs.runs, (r) => r.id).sort((a, b) => (a.endedAt < b.endedAt ? -1 : a.endedAt > b.endedAt ? 1 : 0));
  const active = joinRecords(mine.active, theirs.active, pickRun);
  for (const [scenarioId, a] of Object.entries(active)) if (runs.some((r) => sameRun(a, r))) delete active[scenarioId];
  return { runs, active };
};

/**
 * The sandbox is one plan whose figures hang together, so the newer copy's plan is kept whole;
 * action-plan rows added in this tab only are kept beside it (up to the plan's limit), and a row
 * this tab deleted since `base` stays deleted.
 */
export function mergeSandbox<T extends { actionPlan: readonly { id: string }[] }>(mine: T | null, theirs: T | null, base?: T | null, maxRows = 40): T | null {
  if (!mine || !theirs) return theirs ?? mine;
  const deleted = deletedSince(base?.actionPlan, [mine.actionPlan, theirs.actionPlan], (r) => r.id);
  const ids = new Set(theirs.actionPlan.map((r) => r.id));
  const added = mine.actionPlan.filter((r) => !ids.has(r.id) && !deleted.has(r.id));
  const kept = theirs.actionPlan.filter((r) => !deleted.has(r.id));
  return added.length || kept.length < theirs.actionPlan.length ? { ...theirs, actionPlan: [...kept, ...added].slice(0, maxRows) } : theirs;
}

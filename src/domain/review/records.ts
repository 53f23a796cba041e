import { locateActivity } from '../records/module-progress';
import { VERBS } from '../xapi/vocabulary';
import { cardKey, type ReviewCard } from './deck';
import { scheduleAnswer } from './schedule';
import { isReviewStatement } from './statements';

/** A statement as the records server stores it; only these fields are read. */
export interface ReviewStatementLike {
  verb?: { id?: unknown };
  object?: { id?: unknown };
  result?: { score?: { scaled?: unknown }; success?: unknown };
  context?: unknown;
  timestamp?: unknown;
  stored?: unknown;
}

/** Reviews count for retention from this many days after the module was passed. */
export const RETENTION_AFTER_DAYS = 30;
const DAY = 86_400_000;

export interface ModuleRetention {
  /** Review answers given 30 or more days after the trainee passed the module. */
  answered: number;
  right: number;
  /** right ÷ answered, or null when there is none yet. */
  share: number | null;
}

const timeOf = (s: ReviewStatementLike) => (typeof s.timestamp === 'string' ? s.timestamp : typeof s.stored === 'string' ? s.stored : '');

/** The first `passed` on each module's quiz, from one trainee's statements. */
function firstPasses(statements: readonly ReviewStatementLike[], courseIri: string): Map<string, number> {
  const passed = new Map<string, number>();
  for (const s of statements) {
    if (s.verb?.id !== VERBS.passed || typeof s.object?.id !== 'string' || isReviewStatement(s)) continue;
    const where = locateActivity(s.object.id, courseIri);
    const at = Date.parse(timeOf(s));
    if (where?.part === 'quiz' && Number.isFinite(at) && at < (passed.get(where.moduleId) ?? Infinity)) passed.set(where.moduleId, at);
  }
  return passed;
}

/**
 * Retention per module: of the review answers given 30 or more days after the trainee passed the
 * module, the share answered right. `byTrainee` holds each trainee's statements.
 */
export function retentionByModule(byTrainee: Iterable<readonly ReviewStatementLike[]>, courseIri: string): Record<string, ModuleRetention> {
  const out: Record<string, ModuleRetention> = {};
  for (const statements of byTrainee) {
    const passed = firstPasses(statements, courseIri);
    for (const s of statements) {
      if (s.verb?.id !== VERBS.answered || typeof s.object?.id !== 'string' || !isReviewStatement(s)) continue;
      const where = locateActivity(s.object.id, courseIri);
      const passedAt = where && passed.get(where.moduleId);
      if (!where || passedAt === undefined || Date.parse(timeOf(s)) < passedAt + RETENTION_AFTER_DAYS * DAY) continue;
      const m = (out[where.moduleId] ??= { answered: 0, right: 0, share: null });
      m.answered++;
      if (s.result?.success === true) m.right++;
      m.share = m.right / m.answered;
    }
  }
  return out;
}

/**
 * One trainee's deck rebuilt from their statements, oldest first, by the same rules as in the
 * browser: a quiz item enters once its module is passed (or when answered wrong), and each quiz
 * or review answer moves it. The server computes this itself rather than trusting the browser.
 */
export function deckFromStatements(statements: readonly ReviewStatementLike[], courseIri: string): Record<string, ReviewCard> {
  const passed = firstPasses(statements, courseIri);
  const cards: Record<string, ReviewCard> = {};
  const answers = statements
    .filter((s) => s.verb?.id === VERBS.answered && typeof s.object?.id === 'string' && Number.isFinite(Date.parse(timeOf(s))))
    .sort((a, b) => Date.parse(timeOf(a)) - Date.parse(timeOf(b)));
  for (const s of answers) {
    const where = locateActivity(s.object!.id as string, courseIri);
    if (where?.part !== 'item' || where.itemId === undefined) continue;
    const { itemId } = where;
    const key = cardKey(where.moduleId, itemId);
    const scaled = typeof s.result?.score?.scaled === 'number' ? Math.min(1, Math.max(0, s.result.score.scaled)) : 0;
    const at = timeOf(s);
    const modulePassed = Date.parse(at) >= (passed.get(where.moduleId) ?? Infinity);
    if (!isReviewStatement(s) && !modulePassed && scaled >= 1 && !(key in cards)) continue;
    cards[key] = scheduleAnswer(cards[key], where.moduleId, itemId, scaled, at);
  }
  return cards;
}

/** The cards due before the start of the day before `now`: a review left for more than a day. */
export function overdueCards(cards: Record<string, ReviewCard>, now: Date): ReviewCard[] {
  const limit = now.getTime() - DAY;
  return Object.values(cards)
    .filter((c) => Date.parse(c.due) < limit)
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}

/**
 * What HR's review report keeps of one trainee, so it never reads their statements again until
 * they change: when each card of their deck is next due (soonest first), and per module the
 * review answers that count for retention (`retentionByModule`) and how many were right.
 */
export interface ReviewSummary {
  due: string[];
  retention: Record<string, { answered: number; right: number }>;
}

/** One trainee's `ReviewSummary`, from their statements (oldest first). */
export function reviewSummary(statements: readonly ReviewStatementLike[], courseIri: string): ReviewSummary {
  const due = Object.values(deckFromStatements(statements, courseIri))
    .map((c) => c.due)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const retention = Object.fromEntries(Object.entries(retentionByModule([statements], courseIri)).map(([id, m]) => [id, { answered: m.answered, right: m.right }]));
  return { due, retention };
}

/** The reviews of a summary left for more than a day at `now` (as `overdueCards` counts them): how many, and since when. */
export function overdueOf(summary: ReviewSummary, now: Date): { items: number; since: string } | undefined {
  const limit = now.getTime() - DAY;
  const late = summary.due.filter((d) => Date.parse(d) < limit);
  return late.length ? { items: late.length, since: late[0]! } : undefined;
}

import { activityIds, EMPTY_PRACTICE, practiceSummary, reviewSummary, VERBS, type PracticeStatementLike, type PracticeSummary, type ReviewStatementLike, type ReviewSummary } from '../../domain';
import { DEFAULT_COURSE_ID } from '../storage/migrations';
import { chunks, placeholders, valueRows, type Sql } from '../storage/sql';

/**
 * Whether a statement is one a learner's summaries are made from: quiz and review answers and the
 * quiz passes that let items into the deck (the review summary), saved SMART goals (answered) and
 * finished role-plays (the practice summary).
 */
export function feedsSummaries(courseIri: string) {
  const roleplays = activityIds(courseIri).roleplay('');
  return (statement: { verb?: unknown; object?: unknown }) => {
    const verbId = (statement.verb as { id?: unknown } | undefined)?.id;
    if (verbId === VERBS.answered || verbId === VERBS.passed) return true;
    const objectId = (statement.object as { id?: unknown } | undefined)?.id;
    return verbId === VERBS.completed && typeof objectId === 'string' && objectId.startsWith(roleplays);
  };
}

/**
 * Two summaries of every trainee, kept beside the statements in one row of `review_summaries`
 * (named for the first it held): the review summary (see `ReviewSummary`) and the practice summary
 * (see `PracticeSummary`: quiz items, SMART goals, role-play endings). A write that changes the
 * statements they are made from marks the row stale, in its own transaction, and both are made
 * again from the statements later, a few trainees at a time. HR's review report and item analysis
 * so read each trainee's statements once per change, not on every visit.
 */
export function learnerSummaries(sql: Sql, courseIri: string, courseId = DEFAULT_COURSE_ID, log: (line: string) => void = () => {}) {
  let background: Promise<void> | undefined;
  const feeds = feedsSummaries(courseIri);

  /** How many summaries are stale. */
  const pending = async () => Number((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM review_summaries WHERE course_id = ? AND stale = 1', [courseId]))?.n ?? 0);

  /** A trainee's summary made by `make`; should their statements ever defeat the rules, `empty` (said in the log), so that nobody else's waits behind it. */
  const safely = <T>(what: 'review' | 'practice', actorKey: string, make: () => T, empty: T): T => {
    try {
      return make();
    } catch (e) {
      log(`${what} summary of ${actorKey} left empty: ${(e as Error).message}`);
      return empty;
    }
  };

  /**
   * Makes the stale summaries again, `batch` trainees at a time (a short read and a short write
   * each, the event loop free in between), until none is left or `until` (a time, ms) has passed;
   * true when some are still stale. A summary whose trainee sent more meanwhile stays stale (its
   * version moved on) and is made again on a later round.
   */
  async function refresh({ until = Infinity, batch = 10 }: { until?: number; batch?: number } = {}): Promise<boolean> {
    for (let after = ''; ; ) {
      if (Date.now() >= until) return true;
      const stale = await sql.all<{ actor_key: string; version: number }>(
        'SELECT actor_key, version FROM review_summaries WHERE course_id = ? AND stale = 1 AND actor_key > ? ORDER BY actor_key LIMIT ?',
        [courseId, after, batch],
      );
      if (stale.length === 0) return after !== '' && (await pending()) > 0;
      after = stale.at(-1)!.actor_key;
      const byActor = new Map(stale.map((s) => [s.actor_key, [] as ReviewStatementLike[]]));
      // Through the index of each trainee's statements, their verbs picked here: asked for in SQL
      // too, they lead SQLite (which keeps no statistics) to the verbs' index, all of a verb's rows.
      const rows = await sql.all<{ actor_key: string; verb_id: string; object_id: string; body: string }>(
        `SELECT actor_key, verb_id, object_id, body FROM statements WHERE actor_key IN (${placeholders(stale.length)}) AND voided = 0 ORDER BY actor_key, seq`,
        [...byActor.keys()],
      );
      for (const row of rows) if (feeds({ verb: { id: row.verb_id }, object: { id: row.object_id } })) byActor.get(row.actor_key)!.push(JSON.parse(row.body) as ReviewStatementLike);
      const made = stale.map((s) => {
        const statements = byActor.get(s.actor_key)!;
        // The review summary is made from answers and passes only, as it always was.
        const answers = statements.filter((st) => st.verb?.id !== VERBS.completed);
        const review = safely('review', s.actor_key, () => reviewSummary(answers, courseIri), { due: [], retention: {} });
        const practice = safely('practice', s.actor_key, () => practiceSummary(statements as PracticeStatementLike[], courseIri), EMPTY_PRACTICE);
        return [JSON.stringify(review), JSON.stringify(practice), courseId, s.actor_key, s.version];
      });
      await sql.tx(async (q) => {
        for (const params of made) await q.run('UPDATE review_summaries SET summary = ?, practice = ?, stale = 0 WHERE course_id = ? AND actor_key = ? AND version = ?', params);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Goes on refreshing in the background, once at a time in this process, so that what a report
   * left stale is ready for the next. A failure (the server closing its database) ends it.
   */
  function refreshInBackground(onError: (e: unknown) => void): Promise<void> {
    background ??= refresh()
      .then(
        () => undefined,
        (e: unknown) => onError(e),
      )
      .finally(() => (background = undefined));
    return background;
  }

  async function* made<T>(column: 'summary' | 'practice', page: number): AsyncGenerator<{ actorKey: string; summary: T }> {
    for (let after = ''; ; ) {
      const rows = await sql.all<{ actor_key: string; made: string }>(
        `SELECT actor_key, ${column} AS made FROM review_summaries WHERE course_id = ? AND ${column} IS NOT NULL AND actor_key > ? ORDER BY actor_key LIMIT ?`,
        [courseId, after, page],
      );
      if (rows.length === 0) return;
      after = rows.at(-1)!.actor_key;
      for (const r of rows) yield { actorKey: r.actor_key, summary: JSON.parse(r.made) as T };
    }
  }

  return {
    /** Whether a statement is one the summaries are made from (its writer then calls `touch`). */
    feeds,
    /** Within transaction `q`: these actors' statements changed, so their summaries are out of date. */
    async touch(q: Sql, actorKeys: readonly string[]) {
      // In one order, as every lock is taken (two transactions never wait on each other in a circle).
      const keys = [...new Set(actorKeys)].sort();
      for (const part of chunks(keys, 200))
        await q.run(
          `INSERT INTO review_summaries (course_id, actor_key, version, stale) VALUES ${valueRows(part.length, 4)}
           ON CONFLICT (course_id, actor_key) DO UPDATE SET version = review_summaries.version + 1, stale = 1`,
          part.flatMap((k) => [courseId, k, 1, 1]),
        );
    },

    /** Forgets an actor who has no statements left (merged into another identity). */
    drop: (q: Sql, actorKey: string) => q.run('DELETE FROM review_summaries WHERE course_id = ? AND actor_key = ?', [courseId, actorKey]),

    refresh,
    pending,

    /**
     * Before a report: the summaries that changed are made first, for as long as an answer can wait
     * (`budgetMs`); the rest go on in the background (a first report over a large LRS, or a busy
     * day), and the report says how many are still pending. While the background is at it, a
     * report does not do the same work beside it.
     */
    async catchUp(budgetMs: number, log?: (line: string) => void): Promise<number> {
      const behind = background !== undefined || (await refresh({ until: Date.now() + budgetMs }));
      const left = behind ? await pending() : 0;
      if (left) void refreshInBackground((e) => log?.(`learner summaries: refresh stopped: ${(e as Error).message ?? String(e)}`));
      return left;
    },
    refreshInBackground,


    /** Every review summary made so far, by actor key, a page at a time. */
    all: (page = 500) => made<ReviewSummary>('summary', page),
    /** Every practice summary made so far, by actor key, a page at a time. */
    practice: (page = 500) => made<PracticeSummary>('practice', page),
  };
}

export type LearnerSummaries = ReturnType<typeof learnerSummaries>;

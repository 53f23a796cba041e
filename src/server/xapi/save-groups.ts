import type { FoldedRows } from '../records/progress-store';
import type { Sql } from '../storage/sql';
import type { Batch, SaveResult, StatementStore } from './statement-store';

/** One request's statements, and what the server writes from them in the same transaction. */
export interface SaveJob extends Batch {
  after?: (q: Sql, folded: FoldedRows) => Promise<void>;
}

export interface SaveGroupOptions {
  /** How many groups may be storing at once (each holds one database connection). */
  concurrency: number;
  /** A group takes waiting jobs up to this many statements (always at least one job). */
  maxStatements?: number;
}

/**
 * Saves that arrive while `concurrency` groups are already storing wait, and the next free slot
 * stores all that waited as one group: one transaction, and one query for what a single save
 * would ask (`saveMany`). On PostgreSQL each query is a round trip to another process, so fifty
 * trainees' POSTs cost a handful of round trips instead of seven each. With a slot free a save
 * starts at once, so a quiet server adds no wait. A batch with a conflicting resend is refused
 * alone; should a group fail otherwise (a job's `after` throws, the database refuses a row), each
 * of its jobs is run again alone, so one bad request never fails the others.
 */
export function saveGroups(sql: Sql, store: Pick<StatementStore, 'saveMany'>, { concurrency, maxStatements = 200 }: SaveGroupOptions) {
  type Waiting = { job: SaveJob; resolve: (r: SaveResult) => void; reject: (e: unknown) => void };
  const waiting: Waiting[] = [];
  let running = 0;

  const storeTogether = (group: readonly Waiting[]) =>
    sql.tx(async (q) => {
      const results = await store.saveMany(
        group.map((w) => w.job),
        q,
      );
      for (const [i, w] of group.entries()) {
        const r = results[i]!;
        if (r.ok && w.job.after) await w.job.after(q, r.folded);
      }
      return results;
    });

  const run = async (group: readonly Waiting[]) => {
    try {
      const results = await storeTogether(group);
      group.forEach((w, i) => w.resolve(results[i]!));
    } catch (e) {
      if (group.length === 1) group[0]!.reject(e);
      // One after the other: the group's slot stays one connection.
      else for (const w of group) await run([w]);
    }
  };

  const next = () => {
    while (running < concurrency && waiting.length) {
      let n = 0;
      let size = 0;
      while (n < waiting.length && (n === 0 || size + waiting[n]!.job.statements.length <= maxStatements)) size += waiting[n++]!.job.statements.length;
      running++;
      void run(waiting.splice(0, n)).finally(() => {
        running--;
        next();
      });
    }
  };

  return {
    save: (job: SaveJob) =>
      new Promise<SaveResult>((resolve, reject) => {
        waiting.push({ job, resolve, reject });
        next();
      }),
  };
}

/**
 * Two groups may be storing at once, on either database; what arrives meanwhile waits and forms
 * the next group. More slots make smaller groups and a longer tail (README, Decisions).
 */
export const GROUP_SLOTS = 2;

import type { Db } from '../db';

/** What a key's recent hits look like. */
export interface HitWindow {
  count: number;
  oldest?: number;
  newest?: number;
}

/**
 * Where rate-limit hits are kept (per address, per address and user…), behind an interface so
 * that several server instances can share them in another database. `take` must be atomic: two
 * requests racing for the last free slot never both get it.
 */
export interface RateStore {
  /** Counts the key's hits after `since`; when fewer than `max`, records one at `at` (all in one step). */
  take(key: string, since: number, at: number, max: number): HitWindow & { taken: boolean };
  peek(key: string, since: number): HitWindow;
  add(key: string, at: number): void;
  clear(key: string): void;
}

/** Hits older than a day are forgotten; no limit looks further back. */
const KEEP_MS = 24 * 3_600_000;

/** The rate store in the records database: one row per hit, so every limit survives a restart. */
export function sqliteRateStore(db: Db): RateStore {
  const window = db.prepare('SELECT COUNT(*) AS count, MIN(at) AS oldest, MAX(at) AS newest FROM rate_hits WHERE key = ? AND at > ?');
  const insert = db.prepare('INSERT INTO rate_hits (key, at) VALUES (?, ?)');
  const remove = db.prepare('DELETE FROM rate_hits WHERE key = ?');
  const purge = db.prepare('DELETE FROM rate_hits WHERE at < ?');
  let writes = 0;
  const read = (key: string, since: number): HitWindow => {
    const row = window.get(key, since) as { count: number; oldest: number | null; newest: number | null };
    return { count: row.count, oldest: row.oldest ?? undefined, newest: row.newest ?? undefined };
  };
  const add = (key: string, at: number) => {
    insert.run(key, at);
    if (++writes % 1000 === 0) purge.run(at - KEEP_MS);
  };
  return {
    // better-sqlite3 runs a transaction to its end before any other JavaScript runs: nothing can slip between the count and the insert.
    take: db.transaction((key: string, since: number, at: number, max: number) => {
      const found = read(key, since);
      if (found.count >= max) return { ...found, taken: false };
      add(key, at);
      return { count: found.count + 1, oldest: found.oldest ?? at, newest: at, taken: true };
    }),
    peek: read,
    add,
    clear: (key) => void remove.run(key),
  };
}

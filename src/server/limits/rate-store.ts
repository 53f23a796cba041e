import { lockKeys, type Sql } from '../storage/sql';

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
  take(key: string, since: number, at: number, max: number): Promise<HitWindow & { taken: boolean }>;
  peek(key: string, since: number): Promise<HitWindow>;
  add(key: string, at: number): Promise<void>;
  clear(key: string): Promise<void>;
}

/** Hits older than a day are forgotten; no limit looks further back. */
const KEEP_MS = 24 * 3_600_000;

/**
 * The rate store in the records database: one row per hit, so every limit survives a restart and
 * every instance on one database counts the same hits. `take` counts and inserts in one
 * transaction, under the key's lock on PostgreSQL (`lockKeys`), which serializes the racers (on
 * SQLite transactions never interleave).
 */
export function sqlRateStore(sql: Sql): RateStore {
  let writes = 0;
  const read = async (q: Sql, key: string, since: number): Promise<HitWindow> => {
    const row = await q.get<{ count: number; oldest: number | null; newest: number | null }>(
      'SELECT COUNT(*) AS count, MIN(at) AS oldest, MAX(at) AS newest FROM rate_hits WHERE key = ? AND at > ?',
      [key, since],
    );
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? undefined, newest: row?.newest ?? undefined };
  };
  const add = async (q: Sql, key: string, at: number) => {
    await q.run('INSERT INTO rate_hits (key, at) VALUES (?, ?)', [key, at]);
    if (++writes % 1000 === 0) await q.run('DELETE FROM rate_hits WHERE at < ?', [at - KEEP_MS]);
  };
  return {
    take: (key, since, at, max) =>
      sql.tx(async (q) => {
        await lockKeys(q, 'rate', [key]);
        const found = await read(q, key, since);
        if (found.count >= max) return { ...found, taken: false };
        await add(q, key, at);
        return { count: found.count + 1, oldest: found.oldest ?? at, newest: at, taken: true };
      }),
    peek: (key, since) => read(sql, key, since),
    add: (key, at) => add(sql, key, at),
    clear: async (key) => void (await sql.run('DELETE FROM rate_hits WHERE key = ?', [key])),
  };
}

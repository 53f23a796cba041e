import Database from 'better-sqlite3';
import { changed, type Param, type Sql } from './sql';
import { allRows, eachRow, firstRow } from './sqlite-rows';

type Job = { fn: (q: Sql) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };

const bind = (params: readonly Param[]) => params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));

/**
 * `Sql` on one better-sqlite3 connection. better-sqlite3 is synchronous, so a query runs to its
 * end before any other JavaScript; what needs care is a transaction whose work awaits between
 * queries. Transactions therefore queue, and the ones that arrived while the connection was busy
 * (concurrent requests) run together in one BEGIN…COMMIT, each in its own savepoint: one commit
 * for many requests, the group commit that makes small writes cheap. A query outside a
 * transaction waits until the current group has committed, so it never joins a group unasked.
 * Between jobs the group yields to the event loop, so that connections and requests arriving
 * meanwhile are taken in (they join the next group) rather than waiting for the whole group.
 */
export function sqliteSql(db: Database.Database, file?: string, beforeClose?: () => Promise<void>): Sql {
  const cache = new Map<string, Database.Statement>();
  const prepare = (text: string) => {
    let s = cache.get(text);
    if (!s) cache.set(text, (s = db.prepare(text)));
    return s;
  };
  let savepoints = 0;
  // The group commit's own BEGIN, SAVEPOINT, RELEASE and COMMIT, prepared once: db.exec compiles
  // its text on every call, which cost a one-statement POST about a tenth of the server's CPU.
  const control = (text: string) => void prepare(text).run();
  const inside: Sql = {
    dialect: 'sqlite',
    all: async <T>(text: string, params: readonly Param[] = []) => allRows<T>(prepare(text), bind(params)),
    get: async <T>(text: string, params: readonly Param[] = []) => firstRow<T>(prepare(text), bind(params)),
    run: async (text: string, params: readonly Param[] = []) => changed(prepare(text).run(...bind(params)).changes),
    exec: async (text: string) => void db.exec(text),
    async tx<T>(fn: (q: Sql) => Promise<T>) {
      const name = `nested${++savepoints}`;
      db.exec(`SAVEPOINT ${name}`);
      try {
        const v = await fn(inside);
        db.exec(`RELEASE ${name}`);
        return v;
      } catch (e) {
        db.exec(`ROLLBACK TO ${name}`);
        db.exec(`RELEASE ${name}`);
        throw e;
      }
    },
    rows: (text, params = [], batch) => readInBatches(text, params, batch),
    close: async () => undefined,
  };

  const pending: Job[] = [];
  let draining = false;
  let idle: Promise<void> = Promise.resolve();
  let wake = () => {};

  async function drain() {
    if (draining || pending.length === 0) return;
    draining = true;
    idle = new Promise((resolve) => (wake = resolve));
    const jobs = pending.splice(0);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      control('BEGIN IMMEDIATE');
      for (const [i, job] of jobs.entries()) {
        // A busy Node server accepts one connection per turn of the event loop (see above).
        if (i > 0) await new Promise((resolve) => setImmediate(resolve));
        control('SAVEPOINT job');
        try {
          const value = await job.fn(inside);
          control('RELEASE job');
          outcomes.push({ ok: true, value });
        } catch (error) {
          control('ROLLBACK TO job');
          control('RELEASE job');
          outcomes.push({ ok: false, error });
        }
      }
      control('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      // Nothing of the group was kept: every job hears why.
      for (let i = 0; i < jobs.length; i++) outcomes[i] = { ok: false, error };
    } finally {
      draining = false;
      wake();
      if (pending.length) setImmediate(() => void drain());
    }
    jobs.forEach((job, i) => {
      const o = outcomes[i]!;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.error);
    });
  }

  const ready = async () => {
    while (draining) await idle;
  };

  /** A second, read-only connection per stream (WAL lets it read beside writes); in memory, one read in slices. */
  async function* readInBatches<T>(text: string, params: readonly Param[], batch = 1000): AsyncIterable<T> {
    if (!file) {
      await ready();
      const all = allRows<T>(prepare(text), bind(params));
      for (let i = 0; i < all.length; i += batch) yield* all.slice(i, i + batch);
      return;
    }
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const it = eachRow<T>(reader.prepare(text), bind(params));
      let n = 0;
      for (const row of it) {
        yield row;
        // Let the event loop breathe between slices of a long read.
        if (++n % batch === 0) await new Promise((r) => setImmediate(r));
      }
    } finally {
      reader.close();
    }
  }

  return {
    dialect: 'sqlite',
    file,
    async all<T>(text: string, params: readonly Param[] = []) {
      await ready();
      return allRows<T>(prepare(text), bind(params));
    },
    async get<T>(text: string, params: readonly Param[] = []) {
      await ready();
      return firstRow<T>(prepare(text), bind(params));
    },
    async run(text: string, params: readonly Param[] = []) {
      await ready();
      return changed(prepare(text).run(...bind(params)).changes);
    },
    async exec(text: string) {
      await ready();
      db.exec(text);
    },
    tx<T>(fn: (q: Sql) => Promise<T>) {
      return new Promise<T>((resolve, reject) => {
        pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        if (pending.length === 1 && !draining) setImmediate(() => void drain());
      });
    },
    rows: (text, params = [], batch) => readInBatches(text, params, batch),
    async close() {
      await ready();
      await beforeClose?.();
      db.close();
    },
  };
}

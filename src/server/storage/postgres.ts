import pg from 'pg';
import { changed, type Coordinator, type Param, type Sql } from './sql';

// Counts, sequence numbers and millisecond times are BIGINT; they fit a JavaScript number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

const names = new Map<string, { name: string; text: string }>();

/** `?` placeholders become `$1…$n` (our SQL never has a `?` inside a literal); each text gets a prepared-statement name. */
function prepared(text: string) {
  let p = names.get(text);
  if (!p) {
    let n = 0;
    p = { name: `sta${names.size + 1}`, text: text.replace(/\?/g, () => `$${++n}`) };
    names.set(text, p);
  }
  return p;
}

/**
 * PostgreSQL's text cannot hold U+0000; a key or name with one (only ever hostile input) is looked
 * up and stored with U+FFFD in its place instead of failing the request.
 */
const bind = (params: readonly Param[]) =>
  params.map((v) => (typeof v === 'string' ? (v.includes('\u0000') ? v.split('\u0000').join('\uFFFD') : v) : v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v));

type Queryable = pg.Pool | pg.PoolClient;

/** Deadlock, serialization failure, and a unique key another transaction inserted first. */
const RETRYABLE = new Set(['40P01', '40001', '23505']);

async function query<T>(on: Queryable, text: string, params: readonly Param[]) {
  const p = prepared(text);
  return on.query<T & pg.QueryResultRow>({ name: p.name, text: p.text, values: bind(params) });
}

/** `Sql` on a PostgreSQL pool (`DATABASE_URL`); a transaction holds one pooled connection from BEGIN to COMMIT. */
export function postgresSql(url: string, { max = 16 }: { max?: number } = {}): Sql & { pool: pg.Pool } {
  // A connection keeps every statement it prepared (one per query text, up to about 100 KB each on
  // the server): after 10,000 uses (a transaction, or a query outside one) it is closed when
  // released, and a fresh one takes its place.
  const pool = new pg.Pool({ connectionString: url, max, allowExitOnIdle: true, maxUses: 10_000 });
  // An idle connection the server dropped is replaced on next use; the error must not end the process.
  pool.on('error', () => undefined);

  // A savepoint starts with its transaction's locks; what it takes is its own, as its rollback would release it.
  const on = (q: Queryable, depth: number, outerLocks?: ReadonlySet<string>): Sql => {
    const locked = depth > 0 ? new Set(outerLocks) : undefined;
    return {
      dialect: 'postgres',
      locked,
      all: async <T>(text: string, params: readonly Param[] = []) => (await query<T>(q, text, params)).rows,
      get: async <T>(text: string, params: readonly Param[] = []) => (await query<T>(q, text, params)).rows[0],
      run: async (text: string, params: readonly Param[] = []) => changed((await query(q, text, params)).rowCount),
      exec: async (text: string) => void (await q.query(text)),
      async tx<T>(fn: (inner: Sql) => Promise<T>) {
        if (depth > 0) {
          const name = `nested${depth}`;
          await (q as pg.PoolClient).query(`SAVEPOINT ${name}`);
          try {
            const v = await fn(on(q, depth + 1, locked));
            await (q as pg.PoolClient).query(`RELEASE SAVEPOINT ${name}`);
            return v;
          } catch (e) {
            await (q as pg.PoolClient).query(`ROLLBACK TO SAVEPOINT ${name}`);
            throw e;
          }
        }
        // Two transactions that touch the same rows in another order (an activity's definition, a
        // trainee's progress) may deadlock, and two that insert the same new key race; PostgreSQL
        // aborts one, which is run again from the start (its work is only database work).
        for (let attempt = 1; ; attempt++) {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const v = await fn(on(client, 1));
            await client.query('COMMIT');
            return v;
          } catch (e) {
            await client.query('ROLLBACK').catch(() => undefined);
            if (attempt >= 8 || !RETRYABLE.has((e as { code?: string }).code ?? '')) throw e;
          } finally {
            client.release();
          }
          await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
        }
      },
      rows: (text, params = [], batch = 1000) => cursor(text, params, batch),
      close: async () => {
        if (depth === 0) await pool.end();
      },
    };
  };

  /** A server-side cursor, read `batch` rows at a time: a report of any size never sits whole in memory. */
  async function* cursor<T>(text: string, params: readonly Param[], batch: number): AsyncIterable<T> {
    const client = await pool.connect();
    let open = false;
    try {
      await client.query('BEGIN READ ONLY');
      open = true;
      const p = prepared(text);
      await client.query({ text: `DECLARE report NO SCROLL CURSOR FOR ${p.text}`, values: bind(params) });
      for (;;) {
        const { rows } = await client.query<T & pg.QueryResultRow>(`FETCH ${batch} FROM report`);
        for (const row of rows) yield row as T;
        if (rows.length < batch) break;
      }
    } finally {
      if (open) await client.query('COMMIT').catch(() => undefined);
      client.release();
    }
  }

  /**
   * One connection of its own: LISTEN for messages, and session-level advisory locks, which
   * PostgreSQL releases when the connection ends — also when this process is killed.
   */
  async function coordinator(): Promise<Coordinator> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('error', () => undefined);
    const handlers = new Map<string, (payload: string) => void>();
    client.on('notification', (n) => {
      if (n.payload !== undefined) handlers.get(n.channel)?.(n.payload);
    });
    const key = (name: string) => `sta:${name}`;
    // Many rooms ask at once, and a connection runs one query at a time: they take turns here
    // (pg's own queue for this is deprecated and goes in pg 9).
    let turn: Promise<unknown> = Promise.resolve();
    const query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => {
      const result = turn.then(() => client.query<R>(text, values));
      turn = result.catch(() => undefined);
      return result;
    };
    return {
      publish: async (channel, payload) => void (await pool.query('SELECT pg_notify($1, $2)', [channel, payload])),
      async listen(channel, onMessage) {
        handlers.set(channel, onMessage);
        await query(`LISTEN "${channel.replace(/"/g, '')}"`);
      },
      tryLock: async (name) => (await query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [key(name)])).rows[0]!.ok,
      unlock: async (name) => void (await query('SELECT pg_advisory_unlock(hashtext($1))', [key(name)])),
      close: () => client.end(),
    };
  }

  return Object.assign(on(pool, 0), { pool, coordinator });
}

/** A value bound to a `?` placeholder. */
export type Param = string | number | null | Uint8Array;

/**
 * The one seam between the server's stores and a database: portable SQL with `?` placeholders,
 * run on embedded SQLite or on PostgreSQL. Every store (statements, documents, progress,
 * trainees, certificates, live rooms, HR sessions, rate limits, settings) is written once against
 * this and works on either; what differs between the two lives in the two implementations and in
 * each migration's dialect variant.
 */
export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  /** The SQLite file, for a reader in another thread (undefined in memory and on PostgreSQL). */
  readonly file?: string;
  all<T>(text: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(text: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(text: string, params?: readonly Param[]): Promise<number>;
  /** Runs several statements without parameters (a migration's DDL). */
  exec(text: string): Promise<void>;
  /**
   * Runs `fn` in one transaction: all of its writes or none. The work is never interleaved with
   * another transaction's on the same connection; on SQLite, transactions that arrive together
   * are committed together (each in its own savepoint, so one failing never undoes another).
   */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  /** Reads a large result in pieces (a cursor on PostgreSQL, a stepping iterator on SQLite). */
  rows<T>(text: string, params?: readonly Param[], batch?: number): AsyncIterable<T>;
  /** The locks of `lockKeys` this transaction already holds (PostgreSQL transactions only): they are not asked for again. */
  readonly locked?: Set<string>;
  /** A coordinator for several instances on this database (PostgreSQL only). */
  coordinator?: () => Promise<Coordinator>;
  close(): Promise<void>;
}

/**
 * Rows (or strings) as one JSON text parameter, however many there are (PostgreSQL's
 * `json_to_recordset(?::json)`, `json_array_elements_text(?::json)`).
 * PostgreSQL's text holds neither U+0000 nor half a surrogate pair, so each is sent as U+FFFD, as
 * plain parameters are.
 */
export const jsonParam = (rows: readonly (Record<string, string | number | null> | string)[]) =>
  JSON.stringify(rows, (_key, v: unknown) => (typeof v === 'string' ? postgresText(v) : v));

/** The strings of a `jsonParam` list as a one-column subquery (`value`), for `x IN (…)` of any length. */
export const jsonValues = (q: Pick<Sql, 'dialect'>) => (q.dialect === 'postgres' ? 'SELECT value FROM json_array_elements_text(?::json)' : 'SELECT value FROM json_each(?)');

// ES2024's string methods, which Node 20 has and this project's TypeScript library predates.
type Es2024String = string & { isWellFormed(): boolean; toWellFormed(): string };
const postgresText = (v: string) => (v.includes('\u0000') || !(v as Es2024String).isWellFormed() ? (v as Es2024String).toWellFormed().split('\u0000').join('\uFFFD') : v);

/**
 * Within transaction `q`, takes PostgreSQL's transaction-scoped lock on each key of `scope`, in one
 * order (so two transactions never wait on each other in a circle), held until it commits: for
 * what is read, changed in JavaScript and written back, which two transactions at once would each
 * write over. Nothing on SQLite, which runs one write transaction at a time, nor for a key this
 * transaction already holds.
 */
export async function lockKeys(q: Sql, scope: string, keys: readonly string[]) {
  const lock = lockSelect(q, scope, keys);
  if (lock) await q.all(lock.text, lock.params);
}

/**
 * The query `lockKeys` would run, for a caller to run inside a read of its own and so save a round
 * trip: one row, `kind` 2, once every lock is held. Undefined when no lock is needed. The keys
 * count as held from here on: if the query fails, PostgreSQL has aborted the transaction anyway.
 */
export function lockSelect(q: Sql, scope: string, keys: readonly string[]): { text: string; params: Param[] } | undefined {
  if (q.dialect !== 'postgres' || !keys.length) return undefined;
  const wanted = [...new Set(keys)].filter((k) => !q.locked?.has(`${scope}:${k}`)).sort();
  if (!wanted.length) return undefined;
  for (const k of wanted) q.locked?.add(`${scope}:${k}`);
  // The count makes the locks part of the answer, so no plan can leave them out.
  return { text: `SELECT 2 AS kind, COUNT(pg_advisory_xact_lock(hashtext('${scope}:' || value))::text) AS n FROM json_array_elements_text(?::json)`, params: [jsonParam(wanted)] };
}

/** A list in slices of at most `size` (a statement's parameters are limited in number). */
export const chunks = <T>(list: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** `n` placeholders for an `IN (…)` list. */
export const placeholders = (n: number) => Array(n).fill('?').join(', ');

/**
 * A list for `x IN (…)`: its placeholders and parameters, the list's length rounded up to a power
 * of two by repeating its last value. The rows are the same, and a query has a few texts instead
 * of one per length: on PostgreSQL each text is a prepared statement that every pooled connection
 * keeps (about 100 KB each for the statement path's reads), and saves stored together make lists
 * of every length.
 */
export function inList<T extends Param>(values: readonly T[]): { text: string; params: T[] } {
  const n = values.length <= 1 ? values.length : 2 ** Math.ceil(Math.log2(values.length));
  return { text: placeholders(n), params: [...values, ...Array<T>(n - values.length).fill(values.at(-1)!)] };
}

/** `n` rows of `width` placeholders each, for a multi-row `VALUES`. */
export const valueRows = (n: number, width: number) => Array(n).fill(`(${placeholders(width)})`).join(', ');

/** Rows changed by a statement, as one number whatever the driver reports. */
export const changed = (n: number | bigint | null | undefined) => Number(n ?? 0);

/**
 * What several instances on one database use to work together: messages to every instance, and
 * locks that are held for as long as the instance's connection lives (so a killed instance lets go
 * of what it held). Only PostgreSQL has it; on embedded SQLite there is one instance.
 */
export interface Coordinator {
  /** Sends `payload` to every instance listening on `channel` (this one included). */
  publish(channel: string, payload: string): Promise<void>;
  listen(channel: string, onMessage: (payload: string) => void): Promise<void>;
  /** Takes the named lock if nobody holds it; true when this instance holds it now. */
  tryLock(name: string): Promise<boolean>;
  unlock(name: string): Promise<void>;
  close(): Promise<void>;
}

import type Database from 'better-sqlite3';

type Row = Record<string, unknown>;

const names = new WeakMap<Database.Statement, string[]>();

/**
 * A statement's column names, the first time it is read from; from then on it hands rows over as
 * arrays (better-sqlite3's raw mode).
 */
function columnsOf(statement: Database.Statement): string[] {
  let columns = names.get(statement);
  if (!columns) {
    columns = statement.columns().map((c) => c.name);
    statement.raw(true);
    names.set(statement, columns);
  }
  return columns;
}

function toObject(columns: readonly string[], values: readonly unknown[]): Row {
  const row: Row = {};
  // A name that comes twice keeps its last value, as better-sqlite3's own objects do.
  for (let c = 0; c < columns.length; c++) row[columns[c]!] = values[c];
  return row;
}

/*
 * Rows as objects keyed by column name, as better-sqlite3 gives them by default, but made here
 * from its raw arrays: better-sqlite3 builds each object through V8's C++ API, and the same object
 * made in JavaScript costs a third less (90,000 rows of HR's progress read: 200 ms against 131 ms).
 */

export function allRows<T>(statement: Database.Statement, params: readonly unknown[]): T[] {
  if (!statement.reader) return statement.all(...params) as T[];
  const columns = columnsOf(statement);
  const values = statement.all(...params) as unknown[][];
  const rows = new Array<T>(values.length);
  for (let i = 0; i < values.length; i++) rows[i] = toObject(columns, values[i]!) as T;
  return rows;
}

export function firstRow<T>(statement: Database.Statement, params: readonly unknown[]): T | undefined {
  if (!statement.reader) return statement.get(...params) as T | undefined;
  const columns = columnsOf(statement);
  const values = statement.get(...params) as unknown[] | undefined;
  return values && (toObject(columns, values) as T);
}

export function* eachRow<T>(statement: Database.Statement, params: readonly unknown[]): Generator<T> {
  const columns = columnsOf(statement);
  for (const values of statement.iterate(...params) as IterableIterator<unknown[]>) yield toObject(columns, values) as T;
}

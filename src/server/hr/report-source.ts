import Database from 'better-sqlite3';
import { allRows } from '../storage/sqlite-rows';
import type { ReadRows, SqlRow, SqlValue } from './report-rows';

/**
 * HR's report rows read from SQLite: each bounded query prepared once and read at once (an open
 * iterator would keep the connection busy between pages).
 */
export function sqliteRows(db: Database.Database): ReadRows {
  const statements = new Map<string, Database.Statement>();
  return async (sql: string, params: readonly SqlValue[]) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return allRows<SqlRow>(statement, params);
  };
}

/**
 * The report worker's own source: a read-only connection to the records file (WAL lets it read
 * while the server writes), so a large export never stalls statements or live sessions.
 */
export function openReportSource(dbPath: string): { read: ReadRows; close: () => void } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  return { read: sqliteRows(db), close: () => db.close() };
}

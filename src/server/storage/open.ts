import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrate';
import { postgresSql } from './postgres';
import type { Sql } from './sql';
import { sqliteSql } from './sqlite';
import { checkpointInBackground } from './sqlite-checkpointer';

export interface StorageConfig {
  /** Where the embedded SQLite file lives (`DATA_DIR`), or `:memory:`. */
  dataDir: string;
  /** `postgres://…`: every instance given the same URL serves the same course. */
  databaseUrl?: string;
}

/**
 * Opens the records database and brings its schema up to date: PostgreSQL when a URL is given,
 * otherwise the embedded SQLite file under `dataDir` (WAL, so reports read beside writes). The
 * file is created readable by the owner only (SQLite gives its WAL and shared-memory files the
 * same mode), and an older file is narrowed to that.
 */
export async function openStorage({ dataDir, databaseUrl }: StorageConfig): Promise<Sql> {
  if (databaseUrl) {
    const sql = postgresSql(databaseUrl);
    try {
      await migrate(sql);
    } catch (e) {
      await sql.close();
      throw e;
    }
    return sql;
  }
  const sql = dataDir === ':memory:' ? sqliteSql(configure(new Database(':memory:'))) : onFile(sqliteFile(dataDir));
  await migrate(sql);
  return sql;
}

/** The SQLite file under `dataDir`, created (with its folder) owner-only when missing. */
export function sqliteFile(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'records.sqlite');
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  return file;
}

/** A file database whose WAL checkpoints run beside the server, not in its requests. */
function onFile(file: string): Sql {
  const db = configure(new Database(file));
  const checkpointer = checkpointInBackground(db, file);
  return sqliteSql(db, file, () => checkpointer.stop());
}

function configure(db: Database.Database) {
  if (db.name !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Each request of a group commit runs in its own savepoint, whose undo journal SQLite otherwise
  // moves to a temporary file past 64 KiB: in memory it costs a copy, not a file write per page.
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  return db;
}

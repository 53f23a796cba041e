import { MIGRATIONS } from './migrations';
import type { Sql } from './sql';

/** SQLite's types in PostgreSQL's words: 64-bit integers (times are milliseconds), sequences, bytes, doubles. */
export function postgresDdl(sql: string): string {
  return sql
    .replace(/INTEGER PRIMARY KEY AUTOINCREMENT/g, 'BIGSERIAL PRIMARY KEY')
    .replace(/\bINTEGER\b/g, 'BIGINT')
    .replace(/\bBLOB\b/g, 'BYTEA')
    .replace(/\bREAL\b/g, 'DOUBLE PRECISION');
}

const LEGACY_ORDER = MIGRATIONS.slice(0, 12).map((m) => m.name);

/**
 * Brings a database up to date. A SQLite file from before migrations had names counts them in
 * `schema_version`; those are taken as applied. On PostgreSQL an advisory lock lets several
 * instances start at once: one migrates, the others wait and find the work done.
 */
export async function migrate(sql: Sql): Promise<string[]> {
  await sql.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)');
  return sql.tx(async (q) => {
    if (q.dialect === 'postgres') await q.get('SELECT pg_advisory_xact_lock(4420114)');
    else if (await q.get("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
      const row = await q.get<{ version: number }>('SELECT version FROM schema_version');
      for (const name of LEGACY_ORDER.slice(0, row?.version ?? 0))
        await q.run('INSERT INTO schema_migrations (name, applied) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [name, new Date().toISOString()]);
      await q.exec('DROP TABLE schema_version');
    }
    const done = new Set((await q.all<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.name)) continue;
      await q.exec(q.dialect === 'postgres' ? postgresDdl(m.postgres ? m.postgres(m.sql) : m.sql) : m.sql);
      await q.run('INSERT INTO schema_migrations (name, applied) VALUES (?, ?)', [m.name, new Date().toISOString()]);
      applied.push(m.name);
    }
    return applied;
  });
}

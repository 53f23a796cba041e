import { randomBytes } from 'node:crypto';
import { createDatabase } from '../../scripts/postgres-cluster';
import { openStorage } from '../../src/server/storage/open';
import type { Sql } from '../../src/server/storage/sql';

/**
 * The backend the server suite runs on: PostgreSQL when the suite's global set-up started a
 * cluster (`STA_TEST_PG_ADMIN`, the `server-pg` project), else embedded SQLite.
 */
export const backend: 'sqlite' | 'postgres' = process.env.STA_TEST_PG_ADMIN ? 'postgres' : 'sqlite';

/** A URL for a new, empty PostgreSQL database of this suite's cluster (undefined on SQLite). */
export async function freshDatabaseUrl(): Promise<string | undefined> {
  const admin = process.env.STA_TEST_PG_ADMIN;
  return admin ? createDatabase(admin, `t_${randomBytes(6).toString('hex')}`) : undefined;
}

/** A fresh records database for one test file: in memory (or in `dataDir`) on SQLite, a new database on PostgreSQL. */
export async function testStorage(dataDir = ':memory:'): Promise<Sql> {
  return openStorage({ dataDir, databaseUrl: await freshDatabaseUrl() });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { freePort } from '../../scripts/postgres-cluster';
import { openStorage } from '../../src/server/storage/open';
import type { Sql } from '../../src/server/storage/sql';
import { freshDatabaseUrl } from './test-storage';

/**
 * The records server as child processes a test may SIGKILL and start again on the same data: a
 * SQLite folder, or on PostgreSQL a database of the suite's cluster. Every child is killed and the
 * folder removed after the file's tests.
 */
export async function recordsProcesses(prefix: string) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const databaseUrl = await freshDatabaseUrl();
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    freePort,
    /** Starts a server on `port`; resolves once it accepts requests and sockets. */
    start(port: number) {
      const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/server/records-child.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(child);
      return new Promise<ChildProcess>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => d.toString().includes('listening') && resolve(child));
        child.once('exit', (code) => reject(new Error(`the server exited early (${code})`)));
      });
    },
    /** The same records database, opened by the test itself to look at what the children stored. */
    open: (): Promise<Sql> => openStorage({ dataDir, databaseUrl }),
  };
}

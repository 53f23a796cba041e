import { randomBytes } from 'node:crypto';
import { binDir, createDatabase, dropDatabase, startCluster } from './postgres-cluster';

export interface BenchBackend {
  name: 'sqlite' | 'postgres';
  /** A database URL for one fresh run (undefined: a fresh SQLite folder). */
  freshUrl(): Promise<string | undefined>;
  stop(): void;
}

/**
 * The databases a bench runs on: `BENCH_BACKENDS` (`sqlite`, `postgres` or both, comma-separated);
 * by default SQLite, and PostgreSQL too when its server binaries are installed. PostgreSQL is
 * `DATABASE_URL` when given (each run then shares it), else a throwaway cluster with a new
 * database per run, the previous one dropped.
 */
export async function benchBackends(): Promise<BenchBackend[]> {
  const hasPostgres = (() => {
    try {
      return Boolean(binDir());
    } catch {
      return false;
    }
  })();
  const wanted = (process.env.BENCH_BACKENDS ?? (hasPostgres || process.env.DATABASE_URL ? 'sqlite,postgres' : 'sqlite')).split(',').map((s) => s.trim());
  const list: BenchBackend[] = [];
  for (const name of wanted) {
    if (name === 'sqlite') list.push({ name, freshUrl: async () => undefined, stop: () => undefined });
    else if (name === 'postgres') {
      const given = process.env.DATABASE_URL;
      if (given) list.push({ name, freshUrl: async () => given, stop: () => undefined });
      else {
        const cluster = await startCluster();
        let last: string | undefined;
        // The last run's database goes before the next is made: its tables, vacuumed in the
        // background after 20,000 inserts, would otherwise take CPU from the run being measured.
        const freshUrl = async () => {
          if (last) await dropDatabase(cluster.url, last);
          last = `bench_${randomBytes(5).toString('hex')}`;
          return createDatabase(cluster.url, last);
        };
        list.push({ name, freshUrl, stop: () => cluster.stop() });
      }
    } else throw new Error(`BENCH_BACKENDS lists sqlite and postgres; "${name}" is neither`);
  }
  return list;
}

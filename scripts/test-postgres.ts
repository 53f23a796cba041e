// The server suite on PostgreSQL (`vitest --project server-pg`, a throwaway cluster of its own).
// Without PostgreSQL's server binaries it says how to get them and leaves the suite to SQLite,
// so `npm test` still passes on a machine that has only Node.
import { spawnSync } from 'node:child_process';
import { binDir } from './postgres-cluster';

try {
  binDir();
} catch (e) {
  console.log(`${(e as Error).message} The server suite ran on SQLite only.`);
  process.exit(0);
}
const run = spawnSync('npx', ['vitest', 'run', '--project', 'server-pg', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
process.exit(run.status ?? 1);

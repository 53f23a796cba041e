import { startCluster } from '../../scripts/postgres-cluster';

/**
 * The `server-pg` project's set-up: one throwaway PostgreSQL cluster on a free loopback port for
 * the whole run; each test file makes its own database in it (tests/server/test-storage.ts).
 */
export default async function setup() {
  const cluster = await startCluster();
  process.env.STA_TEST_PG_ADMIN = cluster.url;
  console.log(`server suite on PostgreSQL: a throwaway cluster on 127.0.0.1:${cluster.port}`);
  return () => cluster.stop();
}

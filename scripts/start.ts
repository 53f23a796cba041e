// `npm start`: build if needed, then serve the course, the records API (xAPI) and HR's dashboard
// from one process on http://127.0.0.1:4173. PORT, HOST, DATA_DIR (or DATABASE_URL for PostgreSQL), HR_USER, HR_PASSWORD,
// XAPI_USER, XAPI_PASSWORD and RECORDS_HOME_PAGE override; the abuse limits and TRUST_PROXY are
// settings too (src/server/settings.ts, listed in the README).
import { ensureBuild } from './ensure-build';
import { startRecordsServer } from '../src/server/records-server';

ensureBuild();
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}
const dataDir = process.env.DATA_DIR ?? '.data';
let started: Awaited<ReturnType<typeof startRecordsServer>>;
try {
  started = await startRecordsServer({ root: 'dist', dataDir, host: process.env.HOST ?? '127.0.0.1', port, warmUp: true });
} catch (e) {
  console.error(`The server did not start: ${(e as Error).message}`);
  process.exit(1);
}
const { url, secrets, shown, close } = started;
// Every request and socket handles its own errors; a stray rejected promise is logged, never a reason to stop serving everyone.
process.on('unhandledRejection', (reason) => console.error('Unhandled rejection (the server carries on):', reason));
if (shown.hrPassword)
  console.log(`HR's dashboard login was generated: user "${secrets.hrUser}", password "${shown.hrPassword}". Only its hash is stored (in the records database), so note it now, or set HR_PASSWORD.`);
if (shown.xapiPassword)
  console.log(`A full-access xAPI credential was generated and stored in the records database: user "${secrets.xapiUser}", password "${shown.xapiPassword}". It is shown only this once.`);
console.log(`Sales Target Academy is running at ${url}/  (HR dashboard at ${url}/hr, records API at ${url}/xapi/, data in ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : dataDir}; Ctrl+C to stop)`);
const stop = () => void close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

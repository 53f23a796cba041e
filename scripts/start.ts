// `npm start`: build if needed, then serve the course and the records API (xAPI) from one process
// on http://127.0.0.1:4173. PORT, HOST, DATA_DIR, XAPI_USER and XAPI_PASSWORD override.
import { getRequestListener } from '@hono/node-server';
import { ensureBuild } from './ensure-build';
import { startStaticServer } from '../src/server/static-server';
import { createApp } from '../src/server/app';
import { openDb } from '../src/server/db';
import { loadSecrets } from '../src/server/secrets';

ensureBuild();
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}
const dataDir = process.env.DATA_DIR ?? '.data';
const db = openDb(dataDir);
const { secrets, generated } = loadSecrets(dataDir);
if (generated.includes('xapiPassword'))
  console.log(`A full-access xAPI credential was generated and stored in ${dataDir}/secrets.json: user "${secrets.xapiUser}", password "${secrets.xapiPassword}". It is shown only this once.`);
const app = createApp({ db, xapiUser: secrets.xapiUser, xapiPassword: secrets.xapiPassword, homePage: process.env.RECORDS_HOME_PAGE });
const { server, url } = await startStaticServer({
  root: 'dist',
  host: process.env.HOST ?? '127.0.0.1',
  port,
  api: { prefixes: ['/xapi/', '/api/'], listener: getRequestListener(app.fetch) },
});
console.log(`Sales Target Academy is running at ${url}/  (records API at ${url}/xapi/, data in ${dataDir}; Ctrl+C to stop)`);
const stop = () =>
  server.close(() => {
    db.close();
    process.exit(0);
  });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

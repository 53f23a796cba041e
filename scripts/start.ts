// `npm start`: build if needed, then serve the course on http://127.0.0.1:4173 (PORT, HOST override).
import { ensureBuild } from './ensure-build';
import { startStaticServer } from '../src/server/static-server';

ensureBuild();
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}
const { server, url } = await startStaticServer({ root: 'dist', host: process.env.HOST ?? '127.0.0.1', port });
console.log(`Sales Target Academy is running at ${url}/  (Ctrl+C to stop)`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the checkpointer looks at the write-ahead log. */
const EVERY_MS = 200;

// The worker is plain CommonJS given as text, so it runs the same under tsx, Vite's build and
// plain Node. It opens its own connection and copies the log into the database file, PASSIVE:
// never waiting for, or blocking, the writer or a reader.
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const tick = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next tick tries again */ }
};
const timer = setInterval(tick, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); tick(); db.close(); parentPort.close(); });
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the connection that commits runs
 * a checkpoint itself once the log passes 1,000 pages: it copies the log into the database and
 * syncs the file to disk, stalling every request for tens of milliseconds on a busy server. Here
 * the serving connection never checkpoints, and a worker thread with its own connection does it
 * a few times a second, on the machine's other core. Should the worker fail, the connection goes
 * back to checkpointing itself, so the log can never grow without end.
 */
export function checkpointInBackground(db: Database.Database, file: string): { stop(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file, everyMs: EVERY_MS } });
  worker.unref();
  let stopping = false;
  const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const fallBack = () => {
    if (!stopping && db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  db.pragma('wal_autocheckpoint = 0');
  return {
    stop() {
      if (!stopping) {
        stopping = true;
        // Held open until it has finished: a process with nothing else left to do must still wait for it.
        worker.ref();
        worker.postMessage('stop');
      }
      return gone;
    },
  };
}

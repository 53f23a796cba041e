import { Worker } from 'node:worker_threads';
import type { CourseModuleInfo } from '../../domain';
import type { Sql } from '../storage/sql';
import { reportRows } from './report-rows';
import { exportReport, JSON_REPORTS, reportTimeZone, type ExportKind, type JsonReport, type ReportRequest } from './reports';
import type { WorkerAnswer, WorkerAsk } from './report-worker';
import { zlibCompressor } from './zlib-compressor';
import { reportWorkerEntry } from './report-worker-entry';

type Listener = (m: WorkerAnswer) => void;

/** A stream that starts with `first` and asks for each next chunk only when the reader wants it. */
function byteStream(first: Uint8Array, next: () => Promise<Uint8Array | null>, cancel: () => void): ReadableStream<Uint8Array> {
  let pending: Uint8Array | null = first;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = pending ?? (await next());
        pending = null;
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
      cancel,
    },
    { highWaterMark: 0 },
  );
}

/**
 * Runs HR's reports in a worker thread when the database is a file, in the request otherwise
 * (a database in memory cannot be shared). Exports come back as byte streams, a chunk at a time.
 * If the worker cannot start or dies, reports fall back to the request, slower for everyone but
 * never failing.
 */
export function reportRunner(sql: Sql, o: { courseIri: string; homePage: string; modules: readonly CourseModuleInfo[]; courseId?: string }) {
  let worker: Promise<Worker> | undefined;
  // The worker reads the SQLite file itself; PostgreSQL's paged reads already leave the event loop.
  let broken = !sql.file;
  let next = 0;
  const listeners = new Map<number, Listener>();
  const inRequest = reportRows((text, params) => sql.all(text, params), { homePage: o.homePage, courseIri: o.courseIri, courseId: o.courseId });

  const start = async () => {
    const w = new Worker(await reportWorkerEntry(), {
      workerData: { dbPath: sql.file, courseIri: o.courseIri, homePage: o.homePage, modules: o.modules, courseId: o.courseId },
      // A bounded heap keeps the collector close behind an export's many short-lived rows, so the
      // process stays small; what a report keeps (one small entry per trainee) fits many times over.
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 },
    });
    w.on('message', (m: WorkerAnswer) => listeners.get(m.id)?.(m));
    const down = (error: Error) => {
      broken = true;
      worker = undefined;
      for (const [id, listen] of listeners) listen({ id, error: error.message });
      listeners.clear();
    };
    w.on('error', down);
    w.on('exit', (code) => code !== 0 && down(new Error(`the report worker stopped (${code})`)));
    w.unref();
    return w;
  };

  /** The worker's next answer for `id`. */
  const answer = (w: Worker, id: number, ask?: WorkerAsk) =>
    new Promise<WorkerAnswer>((resolve) => {
      listeners.set(id, (m) => {
        listeners.delete(id);
        resolve(m);
      });
      if (ask) w.postMessage(ask);
    });

  const withZone = (request: ReportRequest) => ({ ...request, timeZone: request.timeZone ?? reportTimeZone() });
  const giveUp = (error: Error) => {
    console.warn('HR reports run in the request from now on:', error.message);
    broken = true;
  };

  /** A report answered as one JSON text: from the worker, or in the request when there is none. */
  async function json(type: JsonReport, request: ReportRequest): Promise<string> {
    if (!broken) {
      try {
        const w = await (worker ??= start());
        const id = next++;
        const m = await answer(w, id, { type, id, request: withZone(request) });
        if ('json' in m) return m.json;
        throw new Error('error' in m ? m.error : 'the report worker answered out of turn');
      } catch (error) {
        giveUp(error as Error);
      }
    }
    return JSON_REPORTS[type](inRequest, o.modules, withZone(request));
  }

  return {
    /** A page of the matrix as JSON, built in the worker when it can be. */
    progress: (request: ReportRequest) => json('progress', request),
    /** The dashboard's summary as JSON, built in the worker when it can be: it reads every trainee's progress. */
    summary: (request: ReportRequest) => json('summary', request),
    /** The actor keys of the learners a request keeps, found in the worker when it can be: it reads every trainee's progress. */
    learners: async (request: ReportRequest) => JSON.parse(await json('learners', request)) as string[],
    /**
     * An export as a byte stream, once its first chunk is ready (so a failure before any byte is
     * an error the route can answer, not a broken download).
     */
    async export(kind: ExportKind, request: ReportRequest): Promise<ReadableStream<Uint8Array>> {
      if (!broken) {
        try {
          const w = await (worker ??= start());
          const id = next++;
          const read = async (ask: WorkerAsk): Promise<Uint8Array | null> => {
            const m = await answer(w, id, ask);
            if ('chunk' in m) return m.chunk;
            if ('done' in m) return null;
            throw new Error('error' in m ? m.error : 'the report worker answered out of turn');
          };
          const first = await read({ type: 'export', id, kind, request: withZone(request) });
          if (first === null) return new ReadableStream({ start: (c) => c.close() });
          return byteStream(
            first,
            () => read({ type: 'pull', id }),
            () => {
              listeners.delete(id);
              w.postMessage({ type: 'cancel', id } satisfies WorkerAsk);
            },
          );
        } catch (error) {
          giveUp(error as Error);
        }
      }
      const chunks = exportReport(inRequest, o.modules, kind, withZone(request), zlibCompressor);
      const first = await chunks.next();
      if (first.done) return new ReadableStream({ start: (c) => c.close() });
      return byteStream(
        first.value,
        async () => {
          const n = await chunks.next();
          return n.done ? null : n.value;
        },
        () => void chunks.return(undefined),
      );
    },
    /** Whether reports leave the request (false for a database in memory, or after the worker failed). */
    inWorker: () => !broken,
    close: () => void worker?.then((w) => w.terminate()),
  };
}

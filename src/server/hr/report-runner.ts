import { Worker } from 'node:worker_threads';
import type { CourseModuleInfo, TraineeRecord } from '../../domain';
import { buildReport, reportTimeZone, type Report, type ReportKind, type ReportOf, type ReportRequest } from './reports';

/**
 * Runs HR's reports in a worker thread when the database is a file, in the request otherwise
 * (a database in memory cannot be shared). If the worker cannot start or dies, reports fall back
 * to the request, slower for everyone but never failing.
 */
export function reportRunner(o: { courseIri: string; homePage: string; modules: readonly CourseModuleInfo[]; all: () => Promise<TraineeRecord[]>; sqliteFile?: string }) {
  let worker: Worker | undefined;
  // The worker reads the SQLite file itself; PostgreSQL's reads already leave the event loop.
  let broken = !o.sqliteFile;
  let next = 0;
  const pending = new Map<number, { resolve: (r: Report) => void; reject: (e: Error) => void }>();

  const start = () => {
    const w = new Worker(new URL('./report-worker-boot.mjs', import.meta.url), {
      workerData: { dbPath: o.sqliteFile, courseIri: o.courseIri, homePage: o.homePage, modules: o.modules },
    });
    w.on('message', (m: { id: number; report?: Report; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.report) p?.resolve(m.report);
      else p?.reject(new Error(m.error));
    });
    const down = (error: Error) => {
      broken = true;
      worker = undefined;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    w.on('error', down);
    w.on('exit', (code) => code !== 0 && down(new Error(`the report worker stopped (${code})`)));
    w.unref();
    return w;
  };

  return {
    /** The report of the kind asked for, built in the worker when it can be. */
    async run<K extends ReportKind>(request: ReportRequest & { kind: K }): Promise<ReportOf<K>> {
      const r = { ...request, timeZone: request.timeZone ?? reportTimeZone() };
      const ofKind = (report: Report) => {
        if (report.kind !== request.kind) throw new Error(`asked for ${request.kind}, got ${report.kind}`);
        return report as ReportOf<K>;
      };
      if (!broken) {
        try {
          worker ??= start();
          const id = next++;
          return ofKind(
            await new Promise<Report>((resolve, reject) => {
              pending.set(id, { resolve, reject });
              worker!.postMessage({ id, request: r });
            }),
          );
        } catch (error) {
          console.warn('HR reports run in the request from now on:', (error as Error).message);
          broken = true;
        }
      }
      return ofKind(buildReport(await o.all(), o.modules, r));
    },
    /** Whether reports leave the request (false for a database in memory, or after the worker failed). */
    inWorker: () => !broken,
    close: () => void worker?.terminate(),
  };
}

// The report worker: HR's reports from its own source of rows (see report-source.ts), so a
// 10,000-trainee export never stalls statements or live sessions. An export goes back a chunk at
// a time, each one asked for by the server when the download has taken the previous one.
import { parentPort, workerData } from 'node:worker_threads';
import type { CourseModuleInfo } from '../../domain';
import { reportRows } from './report-rows';
import { openReportSource } from './report-source';
import { exportReport, JSON_REPORTS, type ExportKind, type JsonReport, type ReportRequest } from './reports';
import { zlibSyncCompressor } from './zlib-compressor';

export type WorkerAsk =
  | { type: JsonReport; id: number; request: ReportRequest }
  | { type: 'export'; id: number; kind: ExportKind; request: ReportRequest }
  | { type: 'pull' | 'cancel'; id: number };
export type WorkerAnswer = { id: number; json: string } | { id: number; chunk: Uint8Array } | { id: number; done: true } | { id: number; error: string };

const data = workerData as { dbPath: string; courseIri: string; homePage: string; modules: CourseModuleInfo[]; courseId?: string };
const source = reportRows(openReportSource(data.dbPath).read, { homePage: data.homePage, courseIri: data.courseIri, courseId: data.courseId });
const exports = new Map<number, AsyncGenerator<Uint8Array>>();
const port = parentPort!;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function pump(id: number) {
  const stream = exports.get(id);
  if (!stream) return;
  try {
    const next = await stream.next();
    if (next.done) {
      exports.delete(id);
      port.postMessage({ id, done: true } satisfies WorkerAnswer);
    } else port.postMessage({ id, chunk: next.value } satisfies WorkerAnswer, [next.value.buffer as ArrayBuffer]);
  } catch (error) {
    exports.delete(id);
    port.postMessage({ id, error: message(error) } satisfies WorkerAnswer);
  }
}

const isJsonAsk = (m: WorkerAsk): m is Extract<WorkerAsk, { type: JsonReport }> => Object.hasOwn(JSON_REPORTS, m.type);

port.on('message', (m: WorkerAsk) => {
  if (isJsonAsk(m))
    JSON_REPORTS[m.type](source, data.modules, m.request).then(
      (json) => port.postMessage({ id: m.id, json } satisfies WorkerAnswer),
      (error: unknown) => port.postMessage({ id: m.id, error: message(error) } satisfies WorkerAnswer),
    );
  else if (m.type === 'export') {
    exports.set(m.id, exportReport(source, data.modules, m.kind, m.request, zlibSyncCompressor));
    void pump(m.id);
  } else if (m.type === 'pull') void pump(m.id);
  else {
    void exports.get(m.id)?.return(undefined);
    exports.delete(m.id);
  }
});

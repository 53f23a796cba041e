// The report worker: its own read-only connection to the records database (WAL lets it read
// while the server writes), so a 10,000-trainee export never stalls statements or live sessions.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { CourseModuleInfo } from '../../domain';
import { progressStore } from '../records/progress-store';
import { sqliteSql } from '../storage/sqlite';
import { buildReport, type ReportRequest } from './reports';
import { traineeRecords } from './trainee-records';

const data = workerData as { dbPath: string; courseIri: string; homePage: string; modules: CourseModuleInfo[] };
const sql = sqliteSql(new Database(data.dbPath, { readonly: true, fileMustExist: true }));
const records = traineeRecords(sql, progressStore(sql, data.courseIri), data.homePage, data.courseIri);

parentPort!.on('message', async (m: { id: number; request: ReportRequest }) => {
  try {
    const report = buildReport(await records.all(), data.modules, m.request);
    parentPort!.postMessage({ id: m.id, report }, report.kind === 'xlsx' ? [report.bytes.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) });
  }
});

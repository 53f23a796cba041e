import { randomBytes } from 'node:crypto';
import { CODE_RANDOM_BYTES, completionFromRecords, normaliseCode, verificationCode, VERBS, type CertificateRecord, type CourseModuleInfo } from '../domain';
import { clientAddress } from './request-helpers';
import { DEFAULT_COURSE_ID } from './storage/migrations';
import type { Sql } from './storage/sql';
import type { WindowLimiter } from './limits/limiter';
import { fail, type Route } from './route-table';
import type { ProgressStore } from './records/progress-store';
import type { AttemptStore } from './attempts/attempt-store';
import type { TraineeRegistry } from './trainees';

export interface CertificateOptions {
  sql: Sql;
  trainees: TraineeRegistry;
  progress: ProgressStore;
  /** Quiz attempts the server scored: the only results a certificate rests on. */
  attempts: AttemptStore;
  /** The course's modules: each must be complete. */
  modules: readonly CourseModuleInfo[];
  courseIri: string;
  /** The course's key in the records database. */
  courseId?: string;
  now?: () => number;
  /** Random bytes for new codes (tests may fix them). */
  random?: (size: number) => Uint8Array;
}

interface CertificateRow {
  code: string;
  employee_id: string;
  name: string;
  department: string;
  final_score: number;
  completed_at: string;
  issued_at: string;
}

const toRecord = (r: CertificateRow, verified: number | undefined): CertificateRecord => ({
  code: r.code,
  name: r.name,
  department: r.department,
  finalScore: r.final_score,
  completedAt: r.completed_at,
  issuedAt: r.issued_at,
  identity: Number(verified) ? 'company' : 'self-declared',
});

/**
 * Certificates: issued only to the holder of a trainee token whose own records show the course
 * complete, its quiz results being attempts the server scored itself (no statement counts for a
 * pass, whoever sent it), and verifiable by anyone who has the code.
 * A trainee keeps one code; a new one is issued only when their name or department changed
 * (the earlier certificate stays valid for what it says).
 */
export function certificateService({ sql, trainees, progress, attempts, modules, courseIri, courseId = DEFAULT_COURSE_ID, now = Date.now, random = (n) => randomBytes(n) }: CertificateOptions) {
  const held = (employeeId: string, name: string, department: string) =>
    sql.get<CertificateRow>('SELECT * FROM certificates WHERE course_id = ? AND employee_id = ? AND name = ? AND department = ?', [courseId, employeeId, name, department]);

  return {
    /** Issues (or finds) the certificate of the trainee a token belongs to; says what is missing when the course is not complete. */
    async issue(employeeId: string, actorKey: string): Promise<{ record: CertificateRecord; created: boolean } | { missing: string[] } | undefined> {
      const who = await sql.get<{ name: string; department: string; verified: number }>('SELECT name, department, verified FROM trainees WHERE employee_id = ?', [employeeId]);
      if (!who) return undefined;
      const rows = await sql.all<{ body: string }>('SELECT body FROM statements WHERE actor_key = ? AND voided = 0 AND verb_id IN (?, ?, ?) ORDER BY seq', [
        actorKey,
        VERBS.completed,
        VERBS.passed,
        VERBS.failed,
      ]);
      const status = completionFromRecords({
        modules,
        progress: await progress.of(actorKey),
        statements: rows.map((r) => JSON.parse(r.body) as object),
        courseIri,
        scored: await attempts.scored(actorKey),
      });
      if (!status.complete) return { missing: status.missing };
      const existing = await held(employeeId, who.name, who.department);
      if (existing) return { record: toRecord(existing, who.verified), created: false };
      // A code already taken is astronomically unlikely; drawing again costs nothing.
      for (let i = 0; i < 5; i++) {
        const row: CertificateRow = {
          code: verificationCode(random(CODE_RANDOM_BYTES)),
          employee_id: employeeId,
          name: who.name,
          department: who.department,
          final_score: status.finalScore,
          completed_at: status.completedAt,
          issued_at: new Date(now()).toISOString(),
        };
        const inserted = await sql.run(
          `INSERT INTO certificates (course_id, code, employee_id, name, department, final_score, completed_at, issued_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [courseId, row.code, row.employee_id, row.name, row.department, row.final_score, row.completed_at, row.issued_at],
        );
        if (inserted === 1) return { record: toRecord(row, who.verified), created: true };
        const raced = await held(employeeId, who.name, who.department);
        if (raced) return { record: toRecord(raced, who.verified), created: false };
      }
      throw new Error('could not draw a free verification code');
    },
    /** The certificate behind a code as typed (any case, dashes optional), if one was issued. */
    async find(code: string): Promise<CertificateRecord | undefined> {
      const canonical = normaliseCode(code);
      const row = canonical
        ? await sql.get<CertificateRow & { verified: number | null }>('SELECT c.*, t.verified AS verified FROM certificates c LEFT JOIN trainees t ON t.employee_id = c.employee_id WHERE c.code = ?', [canonical])
        : undefined;
      return row && toRecord(row, row.verified ?? 0);
    },
    identify: (token: string) => trainees.identify(token),
  };
}

/** POST /api/certificates (the trainee's Bearer token) and GET /api/certificates/:code (anyone, limited per address). */
export function certificateRoutes(options: CertificateOptions, lookups: WindowLimiter): Route[] {
  const service = certificateService(options);
  return [
    {
      method: 'POST',
      path: '/api/certificates',
      role: 'trainee',
      body: 'none',
      handler: async (c) => {
        const caller = c.var.caller;
        const result = caller.kind === 'trainee' ? await service.issue(caller.trainee.employeeId, caller.trainee.actorKey) : undefined;
        if (!result) return fail(c, 401, 'unauthorized', 'a trainee token is required');
        if ('missing' in result) return c.json({ error: 'not_complete', message: 'the course is not complete yet', missing: result.missing }, 409);
        return c.json(result.record, result.created ? 201 : 200);
      },
    },
    {
      method: 'GET',
      path: '/api/certificates/:code',
      role: 'public',
      body: 'none',
      handler: async (c) => {
        // Each lookup counts: a person verifies at will, while guessing 74-bit codes stays hopeless.
        const wait = await lookups.take(`ip:${clientAddress(c)}`);
        if (wait > 0) return fail(c, 429, 'rate_limited', 'too many look-ups from this address', { retryAfter: wait });
        const code = (c.req.param('code') ?? '');
        if (code.length > 64) return fail(c, 400, 'bad_request', 'a verification code is at most 64 characters');
        const record = await service.find(code);
        return record ? c.json(record) : fail(c, 404, 'not_found', 'no certificate has this code');
      },
    },
  ];
}

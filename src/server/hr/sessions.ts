import { randomBytes } from 'node:crypto';
import type { Sql } from '../storage/sql';
import { sha256 } from '../request-helpers';


/** HR sessions in the records database (they outlive a restart and work on every instance); the cookie's token is kept only as a hash. */
export function hrSessions(sql: Sql, ttlMs: number, now = Date.now) {
  return {
    /** `department` limits the session to that department in every HR query and export (a manager's scope). */
    async open(user: string, department: string | null = null) {
      await sql.run('DELETE FROM hr_sessions WHERE expires <= ?', [now()]);
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      await sql.run('INSERT INTO hr_sessions (token_hash, "user", csrf, expires, department) VALUES (?, ?, ?, ?, ?)', [sha256(token), user, csrf, now() + ttlMs, department]);
      return { token, csrf };
    },
    async find(token: string | undefined): Promise<{ user: string; csrf: string; department: string | null } | undefined> {
      if (!token) return undefined;
      const row = await sql.get<{ user: string; csrf: string; expires: number; department: string | null }>(
        'SELECT "user", csrf, expires, department FROM hr_sessions WHERE token_hash = ?',
        [sha256(token)],
      );
      return row && row.expires > now() ? { user: row.user, csrf: row.csrf, department: row.department } : undefined;
    },
    async close(token: string) {
      await sql.run('DELETE FROM hr_sessions WHERE token_hash = ?', [sha256(token)]);
    },
  };
}
export type HrSessions = ReturnType<typeof hrSessions>;

import { randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { sha256 } from '../request-helpers';


/** HR sessions in SQLite (they outlive a restart); the cookie's token is kept only as a hash. */
export function hrSessions(db: Db, ttlMs: number, now = Date.now) {
  const insert = db.prepare('INSERT INTO hr_sessions (token_hash, user, csrf, expires, department) VALUES (?, ?, ?, ?, ?)');
  const find = db.prepare('SELECT user, csrf, expires, department FROM hr_sessions WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM hr_sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM hr_sessions WHERE expires <= ?');
  return {
    /** `department` limits the session to that department in every HR query and export (a manager's scope). */
    open(user: string, department: string | null = null) {
      purge.run(now());
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      insert.run(sha256(token), user, csrf, now() + ttlMs, department);
      return { token, csrf };
    },
    find(token: string | undefined): { user: string; csrf: string; department: string | null } | undefined {
      if (!token) return undefined;
      const row = find.get(sha256(token)) as { user: string; csrf: string; expires: number; department: string | null } | undefined;
      return row && row.expires > now() ? { user: row.user, csrf: row.csrf, department: row.department } : undefined;
    },
    close(token: string) {
      remove.run(sha256(token));
    },
  };
}
export type HrSessions = ReturnType<typeof hrSessions>;

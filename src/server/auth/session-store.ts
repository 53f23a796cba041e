import { randomBytes } from 'node:crypto';
import { recordedSpelling, sameEmployeeId, type Role } from '../../domain';
import type { Sql } from '../storage/sql';
import { sha256 } from '../request-helpers';
import type { PendingLogin } from './oidc-client';

/** Who a browser session belongs to, as the company's sign-in said at the time (plus an admin's grants). */
export interface SessionUser {
  subject: string;
  employeeId: string;
  name: string;
  department: string;
  roles: Role[];
}

export interface OpenSession extends SessionUser {
  csrf: string;
}

export interface SessionTimes {
  /** A session unused this long is over. */
  idleMs: number;
  /** A session is over this long after sign-in, however busy. */
  maxMs: number;
}

const ROLES: readonly Role[] = ['trainee', 'trainer', 'manager', 'hr', 'admin'];
const toRoles = (text: string) => text.split(' ').filter((r): r is Role => (ROLES as readonly string[]).includes(r));

/** Pending sign-ins older than this are dropped: a person takes seconds at the provider, not hours. */
const PENDING_MS = 15 * 60_000;

/**
 * Signed-in users' browser sessions, the logins on their way through the provider, and the roles
 * an admin grants beyond the provider's. Cookie tokens are kept only as hashes.
 */
export function sessionStore(sql: Sql, times: SessionTimes, now = Date.now, tokensEnded: (employeeId: string) => void = () => {}) {
  /** The session with this token hash while it is neither idle too long nor too old; using it keeps it alive. */
  const current = async (hash: string) => {
    const row = await sql.get<{ subject: string; employee_id: string; name: string; department: string; roles: string; csrf: string; created: number; last_seen: number }>(
      'SELECT subject, employee_id, name, department, roles, csrf, created, last_seen FROM user_sessions WHERE token_hash = ?',
      [hash],
    );
    const t = now();
    if (!row || Number(row.created) <= t - times.maxMs || Number(row.last_seen) <= t - times.idleMs) return undefined;
    // Written at most once a minute: reading a page's worth of requests costs no writes.
    if (t - Number(row.last_seen) > 60_000) await sql.run('UPDATE user_sessions SET last_seen = ? WHERE token_hash = ?', [t, hash]);
    return row;
  };
  return {
    /** Opens a session; `idToken` is the provider's ID token of this sign-in, kept to end the provider's session at sign-out. */
    async open(user: SessionUser, idToken?: string): Promise<{ token: string; csrf: string }> {
      const t = now();
      await sql.run('DELETE FROM user_sessions WHERE created <= ? OR last_seen <= ?', [t - times.maxMs, t - times.idleMs]);
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      await sql.run('INSERT INTO user_sessions (token_hash, subject, employee_id, name, department, roles, csrf, created, last_seen, id_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        sha256(token),
        user.subject,
        user.employeeId,
        user.name,
        user.department,
        user.roles.join(' '),
        csrf,
        t,
        t,
        idToken ?? null,
      ]);
      return { token, csrf };
    },
    /** The session behind a cookie's token while it is neither idle too long nor too old; using it keeps it alive. */
    async find(token: string | undefined): Promise<OpenSession | undefined> {
      if (!token || token.length > 200) return undefined;
      const row = await current(sha256(token));
      return row && { subject: row.subject, employeeId: row.employee_id, name: row.name, department: row.department, roles: toRoles(row.roles), csrf: row.csrf };
    },
    /**
     * Whether the session with this hash is still open, keeping it alive as `find` does: a
     * statement token given to a page lives as long as the sign-in it was given to, and a page
     * sending what its trainee does is that person at work.
     */
    alive: async (hash: string) => Boolean(await current(hash)),
    /**
     * Ends a session, answering the ID token kept with it (none for a session opened without one,
     * or already ended). The statement tokens its pages were given end with it (`tokensEnded` is
     * told whose): once a person signs out, nothing more is recorded or read in their name with
     * what a shared browser still holds.
     */
    async close(token: string): Promise<string | undefined> {
      const hash = sha256(token);
      const row = await sql.get<{ id_token: string | null; employee_id: string }>('DELETE FROM user_sessions WHERE token_hash = ? RETURNING id_token, employee_id', [hash]);
      if ((await sql.run('DELETE FROM trainee_tokens WHERE session_hash = ?', [hash])) && row) tokensEnded(row.employee_id);
      return row?.id_token ?? undefined;
    },
    /** Keeps what the callback must check, keyed by the login's `state`. */
    async remember(pending: PendingLogin) {
      await sql.run('DELETE FROM oidc_logins WHERE created <= ?', [now() - PENDING_MS]);
      await sql.run('INSERT INTO oidc_logins (state, nonce, code_verifier, next, created) VALUES (?, ?, ?, ?, ?)', [pending.state, pending.nonce, pending.codeVerifier, pending.next, now()]);
    },
    /** The pending login with this state, once: a callback replayed finds nothing (the row is taken and deleted in one statement). */
    async take(state: string): Promise<PendingLogin | undefined> {
      const row = await sql.get<{ state: string; nonce: string; code_verifier: string; next: string; created: number }>(
        'DELETE FROM oidc_logins WHERE state = ? RETURNING state, nonce, code_verifier, next, created',
        [state],
      );
      if (!row) return undefined;
      return Number(row.created) > now() - PENDING_MS ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, next: row.next } : undefined;
    },
    /** The roles an admin granted this employee on top of the provider's. */
    grantsOf: async (employeeId: string) =>
      toRoles(
        (await sql.all<{ employee_id: string; role: string }>('SELECT employee_id, role FROM role_grants WHERE UPPER(employee_id) = UPPER(?)', [employeeId]))
          .filter((r) => sameEmployeeId(r.employee_id, employeeId))
          .map((r) => r.role)
          .join(' '),
      ),
    /** Every grant, one row per role, with the trainee's name when they have registered (null when not). */
    allGrants: async () =>
      (
        await sql.all<{ employee_id: string; role: string; granted_by: string; updated: string; name: string | null }>(
          'SELECT g.employee_id, g.role, g.granted_by, g.updated, t.name FROM role_grants g LEFT JOIN trainees t ON UPPER(t.employee_id) = UPPER(g.employee_id) ORDER BY g.employee_id, g.role',
        )
      ).map((r) => ({
        employeeId: r.employee_id,
        name: r.name ?? null,
        role: r.role,
        grantedBy: r.granted_by,
        updated: r.updated,
      })),
    /**
     * Replaces an employee's granted roles (an empty list removes them all), whatever the case the
     * admin typed the id in: saved under the id as the trainee has it once they have signed in.
     */
    setGrants: (typed: string, roles: readonly Role[], by: string) =>
      sql.tx(async (q) => {
        const known = await q.all<{ employee_id: string }>('SELECT employee_id FROM trainees WHERE UPPER(employee_id) = UPPER(?)', [typed]);
        const employeeId = recordedSpelling(typed, known.map((r) => r.employee_id).filter((id) => sameEmployeeId(id, typed)));
        const before = await q.all<{ employee_id: string }>('SELECT DISTINCT employee_id FROM role_grants WHERE UPPER(employee_id) = UPPER(?)', [typed]);
        for (const r of before) if (sameEmployeeId(r.employee_id, typed)) await q.run('DELETE FROM role_grants WHERE employee_id = ?', [r.employee_id]);
        for (const role of roles)
          await q.run(
            'INSERT INTO role_grants (employee_id, role, granted_by, updated) VALUES (?, ?, ?, ?) ON CONFLICT (employee_id, role) DO UPDATE SET granted_by = excluded.granted_by, updated = excluded.updated',
            [employeeId, role, by, new Date(now()).toISOString()],
          );
      }),
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;

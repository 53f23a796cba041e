import { randomBytes } from 'node:crypto';
import type { Role } from '../../domain';
import type { Db } from '../db';
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
export function sessionStore(db: Db, times: SessionTimes, now = Date.now) {
  const insert = db.prepare(
    'INSERT INTO user_sessions (token_hash, subject, employee_id, name, department, roles, csrf, created, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const find = db.prepare('SELECT subject, employee_id, name, department, roles, csrf, created, last_seen FROM user_sessions WHERE token_hash = ?');
  const touch = db.prepare('UPDATE user_sessions SET last_seen = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM user_sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM user_sessions WHERE created <= ? OR last_seen <= ?');
  const addPending = db.prepare('INSERT INTO oidc_logins (state, nonce, code_verifier, next, created) VALUES (?, ?, ?, ?, ?)');
  const takePending = db.prepare('SELECT state, nonce, code_verifier, next, created FROM oidc_logins WHERE state = ?');
  const dropPending = db.prepare('DELETE FROM oidc_logins WHERE state = ?');
  const purgePending = db.prepare('DELETE FROM oidc_logins WHERE created <= ?');
  const grantsOf = db.prepare('SELECT role FROM role_grants WHERE employee_id = ?');
  const allGrants = db.prepare('SELECT employee_id, role, granted_by, updated FROM role_grants ORDER BY employee_id, role');
  const clearGrants = db.prepare('DELETE FROM role_grants WHERE employee_id = ?');
  const addGrant = db.prepare(
    'INSERT INTO role_grants (employee_id, role, granted_by, updated) VALUES (?, ?, ?, ?) ON CONFLICT (employee_id, role) DO UPDATE SET granted_by = excluded.granted_by, updated = excluded.updated',
  );

  return {
    open(user: SessionUser): { token: string; csrf: string } {
      const t = now();
      purge.run(t - times.maxMs, t - times.idleMs);
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      insert.run(sha256(token), user.subject, user.employeeId, user.name, user.department, user.roles.join(' '), csrf, t, t);
      return { token, csrf };
    },
    /** The session behind a cookie's token while it is neither idle too long nor too old; using it keeps it alive. */
    find(token: string | undefined): OpenSession | undefined {
      if (!token || token.length > 200) return undefined;
      const hash = sha256(token);
      const row = find.get(hash) as { subject: string; employee_id: string; name: string; department: string; roles: string; csrf: string; created: number; last_seen: number } | undefined;
      const t = now();
      if (!row || row.created <= t - times.maxMs || row.last_seen <= t - times.idleMs) return undefined;
      // Written at most once a minute: reading a page's worth of requests costs no writes.
      if (t - row.last_seen > 60_000) touch.run(t, hash);
      return { subject: row.subject, employeeId: row.employee_id, name: row.name, department: row.department, roles: toRoles(row.roles), csrf: row.csrf };
    },
    close(token: string) {
      remove.run(sha256(token));
    },
    /** Keeps what the callback must check, keyed by the login's `state`. */
    remember(pending: PendingLogin) {
      purgePending.run(now() - PENDING_MS);
      addPending.run(pending.state, pending.nonce, pending.codeVerifier, pending.next, now());
    },
    /** The pending login with this state, once: a callback replayed finds nothing. */
    take(state: string): PendingLogin | undefined {
      const row = takePending.get(state) as { state: string; nonce: string; code_verifier: string; next: string; created: number } | undefined;
      if (!row) return undefined;
      dropPending.run(state);
      return row.created > now() - PENDING_MS ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, next: row.next } : undefined;
    },
    /** The roles an admin granted this employee on top of the provider's. */
    grantsOf: (employeeId: string) => toRoles((grantsOf.all(employeeId) as { role: string }[]).map((r) => r.role).join(' ')),
    allGrants: () => (allGrants.all() as { employee_id: string; role: string; granted_by: string; updated: string }[]).map((r) => ({ employeeId: r.employee_id, role: r.role, grantedBy: r.granted_by, updated: r.updated })),
    /** Replaces an employee's granted roles (an empty list removes them all). */
    setGrants(employeeId: string, roles: readonly Role[], by: string) {
      db.transaction(() => {
        clearGrants.run(employeeId);
        for (const role of roles) addGrant.run(employeeId, role, by, new Date(now()).toISOString());
      })();
    },
  };
}

export type SessionStore = ReturnType<typeof sessionStore>;

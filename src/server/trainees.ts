import { randomBytes } from 'node:crypto';
import { accountActor, actorKey, recordedSpelling, sameEmployeeId, validateProfile, type Profile } from '../domain';
import type { Sql } from './storage/sql';
import type { WindowLimiter } from './limits/limiter';
import { clientAddress, sha256 } from './request-helpers';
import { fail, type Route } from './route-table';

export interface TraineeIdentity {
  employeeId: string;
  actorKey: string;
}

/**
 * Whether an actor key names this trainee: the key itself, or the same account spelled with
 * another case or width (`e1024` for `E1024`: ids match whatever their case, so a browser that
 * registered as `e1024` writes as the trainee recorded as `E1024`).
 */
export function isTraineeKey(key: string, trainee: TraineeIdentity): boolean {
  if (key === trainee.actorKey) return true;
  const account = trainee.actorKey.slice(0, trainee.actorKey.length - trainee.employeeId.length);
  return key.startsWith(account) && sameEmployeeId(key.slice(account.length), trainee.employeeId);
}

/**
 * Trainees and their browser tokens: a token is kept only as a hash. A token given to a signed-in
 * page lives while `sessionOpen` says that sign-in (its cookie token's hash) is open: once the
 * session is signed out or runs out, the token records and reads nothing more.
 */
export function traineeRegistry(sql: Sql, homePage: string, sessionOpen: (sessionHash: string) => Promise<boolean> = async () => true) {
  return {
    async register(input: Profile) {
      const now = new Date().toISOString();
      const token = randomBytes(32).toString('base64url');
      const employeeId = await sql.tx(async (q) => {
        // Ids are matched whatever their case or width (e1024 is E1024): one person, one record,
        // under the spelling first recorded.
        const held = await q.all<{ employee_id: string }>('SELECT employee_id FROM trainees WHERE UPPER(employee_id) = UPPER(?)', [input.employeeId]);
        const id = recordedSpelling(input.employeeId, held.map((r) => r.employee_id).filter((r) => sameEmployeeId(r, input.employeeId)));
        await q.run(
          `INSERT INTO trainees (employee_id, name, department, registered, updated) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (employee_id) DO UPDATE SET name = excluded.name, department = excluded.department, updated = excluded.updated`,
          [id, input.name, input.department, now, now],
        );
        await q.run('INSERT INTO trainee_tokens (token_hash, employee_id, created) VALUES (?, ?, ?)', [sha256(token), id, now]);
        return id;
      });
      return { token, actor: accountActor(input.name, employeeId, homePage) };
    },
    /**
     * Records who the company's sign-in says a person is (name and department as the provider has
     * them, marked verified). One employee id is one person: an id the provider already gave to
     * another account (another subject) is refused rather than shared. Answers the id as recorded.
     */
    signedIn(user: { subject: string; employeeId: string; name: string; department: string }): Promise<'taken' | { employeeId: string }> {
      const now = new Date().toISOString();
      return sql.tx(async (q) => {
        // Ids are matched whatever their case (E1001 is e1001): the person keeps the spelling on record.
        const held = await q.all<{ employee_id: string; subject: string | null }>('SELECT employee_id, subject FROM trainees WHERE UPPER(employee_id) = UPPER(?)', [user.employeeId]);
        const same = held.filter((r) => sameEmployeeId(r.employee_id, user.employeeId));
        if (same.some((r) => r.subject && r.subject !== user.subject)) return 'taken' as const;
        const employeeId = recordedSpelling(user.employeeId, same.map((r) => r.employee_id));
        await q.run(
          `INSERT INTO trainees (employee_id, name, department, registered, updated, verified, subject) VALUES (?, ?, ?, ?, ?, 1, ?)
           ON CONFLICT (employee_id) DO UPDATE SET name = excluded.name, department = excluded.department, updated = excluded.updated, verified = 1, subject = excluded.subject`,
          [employeeId, user.name, user.department, now, now, user.subject],
        );
        return { employeeId };
      });
    },
    /** A new browser token for a signed-in user (their trainee row is written at sign-in), valid until that sign-in (`session`, its cookie's token) ends. */
    async tokenFor(user: { employeeId: string; name: string }, session: string) {
      const token = randomBytes(32).toString('base64url');
      await sql.run('INSERT INTO trainee_tokens (token_hash, employee_id, created, session_hash) VALUES (?, ?, ?, ?)', [sha256(token), user.employeeId, new Date().toISOString(), sha256(session)]);
      return { token, actor: accountActor(user.name, user.employeeId, homePage) };
    },
    /** The trainee a token belongs to, if any (and, for a signed-in page's token, while that sign-in lasts). */
    async identify(token: string): Promise<TraineeIdentity | undefined> {
      const hash = sha256(token);
      const row = await sql.get<{ employee_id: string; session_hash: string | null }>('SELECT employee_id, session_hash FROM trainee_tokens WHERE token_hash = ?', [hash]);
      if (!row) return undefined;
      if (row.session_hash !== null && !(await sessionOpen(row.session_hash))) {
        // A session never reopens: its tokens go with it.
        await sql.run('DELETE FROM trainee_tokens WHERE token_hash = ?', [hash]);
        return undefined;
      }
      return { employeeId: row.employee_id, actorKey: actorKey(accountActor('', row.employee_id, homePage)) };
    },
  };
}

export type TraineeRegistry = ReturnType<typeof traineeRegistry>;

/**
 * POST /api/trainees: register (or update) a trainee and give this browser its own token; limited
 * per address. With company sign-in the identity is the provider's, so self-registration is refused.
 */
export function traineeRoutes(registry: TraineeRegistry, registrations: WindowLimiter, companySignIn = false): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/trainees',
      role: 'public',
      body: 'json',
      handler: async (c) => {
        if (companySignIn)
          return fail(c, 403, 'company_sign_in', 'this course uses the company sign-in: sign in at /auth/login, and your name, employee id and department come from your company account');
        // The server checks what the page checked: the page may be old, or not the page at all.
        const checked = validateProfile(c.var.body);
        if (!checked.profile) return fail(c, 400, 'invalid_registration', 'the registration has problems', { fields: checked.problems });
        const wait = await registrations.take(clientAddress(c));
        if (wait > 0) return fail(c, 429, 'rate_limited', 'too many registrations from this address', { retryAfter: wait });
        return c.json(await registry.register(checked.profile), 201);
      },
    },
  ];
}

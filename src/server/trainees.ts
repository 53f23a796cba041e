import { randomBytes } from 'node:crypto';
import { accountActor, actorKey, validateProfile, type Profile } from '../domain';
import type { Db } from './db';
import type { WindowLimiter } from './limits/limiter';
import { clientAddress, sha256 } from './request-helpers';
import { fail, type Route } from './route-table';

export interface TraineeIdentity {
  employeeId: string;
  actorKey: string;
}

/** Trainees and their browser tokens: a token is kept only as a hash. */
export function traineeRegistry(db: Db, homePage: string) {
  const upsert = db.prepare(
    `INSERT INTO trainees (employee_id, name, department, registered, updated) VALUES (@employeeId, @name, @department, @now, @now)
     ON CONFLICT (employee_id) DO UPDATE SET name = excluded.name, department = excluded.department, updated = excluded.updated`,
  );
  const addToken = db.prepare('INSERT INTO trainee_tokens (token_hash, employee_id, created) VALUES (?, ?, ?)');
  const verifiedUpsert = db.prepare(
    `INSERT INTO trainees (employee_id, name, department, registered, updated, verified, subject) VALUES (@employeeId, @name, @department, @now, @now, 1, @subject)
     ON CONFLICT (employee_id) DO UPDATE SET name = excluded.name, department = excluded.department, updated = excluded.updated, verified = 1, subject = excluded.subject`,
  );
  const subjectOf = db.prepare('SELECT subject FROM trainees WHERE employee_id = ?');
  const findToken = db.prepare('SELECT employee_id FROM trainee_tokens WHERE token_hash = ?');

  return {
    register(input: Profile) {
      const now = new Date().toISOString();
      const token = randomBytes(32).toString('base64url');
      db.transaction(() => {
        upsert.run({ ...input, now });
        addToken.run(sha256(token), input.employeeId, now);
      })();
      return { token, actor: accountActor(input.name, input.employeeId, homePage) };
    },
    /**
     * Records who the company's sign-in says a person is (name and department as the provider has
     * them, marked verified). One employee id is one person: an id the provider already gave to
     * another account (another subject) is refused rather than shared.
     */
    signedIn(user: { subject: string; employeeId: string; name: string; department: string }): 'ok' | 'taken' {
      const now = new Date().toISOString();
      return db.transaction(() => {
        const held = subjectOf.get(user.employeeId) as { subject: string | null } | undefined;
        if (held?.subject && held.subject !== user.subject) return 'taken' as const;
        verifiedUpsert.run({ ...user, now });
        return 'ok' as const;
      })();
    },
    /** A new browser token for a signed-in user (their trainee row is written at sign-in). */
    tokenFor(user: { employeeId: string; name: string }) {
      const token = randomBytes(32).toString('base64url');
      addToken.run(sha256(token), user.employeeId, new Date().toISOString());
      return { token, actor: accountActor(user.name, user.employeeId, homePage) };
    },
    /** The trainee a token belongs to, if any. */
    identify(token: string): TraineeIdentity | undefined {
      const row = findToken.get(sha256(token)) as { employee_id: string } | undefined;
      return row ? { employeeId: row.employee_id, actorKey: actorKey(accountActor('', row.employee_id, homePage)) } : undefined;
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
      handler: (c) => {
        if (companySignIn)
          return fail(c, 403, 'company_sign_in', 'this course uses the company sign-in: sign in at /auth/login, and your name, employee id and department come from your company account');
        // The server checks what the page checked: the page may be old, or not the page at all.
        const checked = validateProfile(c.var.body);
        if (!checked.profile) return fail(c, 400, 'invalid_registration', 'the registration has problems', { fields: checked.problems });
        const wait = registrations.take(clientAddress(c));
        if (wait > 0) return fail(c, 429, 'rate_limited', 'too many registrations from this address', { retryAfter: wait });
        return c.json(registry.register(checked.profile), 201);
      },
    },
  ];
}

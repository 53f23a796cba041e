import { randomBytes } from 'node:crypto';
import { accountActor, actorKey, validateProfile, type Profile } from '../domain';
import type { Sql } from './storage/sql';
import type { WindowLimiter } from './limits/limiter';
import { clientAddress, sha256 } from './request-helpers';
import { fail, type Route } from './route-table';

export interface TraineeIdentity {
  employeeId: string;
  actorKey: string;
}

/** Trainees and their browser tokens: a token is kept only as a hash. */
export function traineeRegistry(sql: Sql, homePage: string) {
  return {
    async register(input: Profile) {
      const now = new Date().toISOString();
      const token = randomBytes(32).toString('base64url');
      await sql.tx(async (q) => {
        await q.run(
          `INSERT INTO trainees (employee_id, name, department, registered, updated) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (employee_id) DO UPDATE SET name = excluded.name, department = excluded.department, updated = excluded.updated`,
          [input.employeeId, input.name, input.department, now, now],
        );
        await q.run('INSERT INTO trainee_tokens (token_hash, employee_id, created) VALUES (?, ?, ?)', [sha256(token), input.employeeId, now]);
      });
      return { token, actor: accountActor(input.name, input.employeeId, homePage) };
    },
    /** The trainee a token belongs to, if any. */
    async identify(token: string): Promise<TraineeIdentity | undefined> {
      const row = await sql.get<{ employee_id: string }>('SELECT employee_id FROM trainee_tokens WHERE token_hash = ?', [sha256(token)]);
      return row ? { employeeId: row.employee_id, actorKey: actorKey(accountActor('', row.employee_id, homePage)) } : undefined;
    },
  };
}

export type TraineeRegistry = ReturnType<typeof traineeRegistry>;

/** POST /api/trainees: register (or update) a trainee and give this browser its own token; limited per address. */
export function traineeRoutes(registry: TraineeRegistry, registrations: WindowLimiter): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/trainees',
      role: 'public',
      body: 'json',
      handler: async (c) => {
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

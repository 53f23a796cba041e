import { z } from 'zod';
import { ADMIN_EMPLOYEE_ID_MAX, employeeIdProblem, GRANTABLE_ROLES, normalizeEmployeeId } from '../../domain';
import type { SessionStore } from '../auth/session-store';
import { fail, type Route } from '../route-table';
import type { identityAdmin, IdentityOutcome } from './identity-admin';

const mergeSchema = z.strictObject({ into: z.string() });
const grantSchema = z.strictObject({ roles: z.array(z.enum(GRANTABLE_ROLES)).max(GRANTABLE_ROLES.length) });

const refused = { not_found: [404, 'not_found', 'no such trainee'], verified: [409, 'verified', 'this identity was verified by the company sign-in and cannot be changed here'], same: [400, 'same_identity', 'a trainee cannot be merged into themselves'] } as const;

/** The same rule as registration's (letters, digits, `.`, `_`, `-`), so that a grant or a merge names someone who can exist. */
const badEmployeeId = (c: Parameters<Route['handler']>[0]) => fail(c, 400, 'bad_employee_id', `an employee id is 1–${ADMIN_EMPLOYEE_ID_MAX} letters, digits, ".", "_" or "-"`);

/**
 * Admin only: remove or merge a self-declared identity (HR's page asks for confirmation first),
 * and the roles granted beyond the company provider's (they apply from the user's next sign-in).
 */
export function identityRoutes(admin: ReturnType<typeof identityAdmin>, users: SessionStore): Route[] {
  const answer = async (c: Parameters<Route['handler']>[0], pending: Promise<IdentityOutcome>) => {
    const outcome = await pending;
    if (outcome === 'ok') return c.body(null, 204);
    const [status, error, message] = refused[outcome];
    return fail(c, status, error, message);
  };
  return [
    {
      method: 'DELETE',
      path: '/hr/api/trainees/:employeeId',
      role: 'admin',
      body: 'none',
      handler: (c) => answer(c, admin.remove(c.req.param('employeeId') ?? '')),
    },
    {
      method: 'POST',
      path: '/hr/api/trainees/:employeeId/merge',
      role: 'admin',
      body: 'json',
      handler: (c) => {
        const parsed = mergeSchema.safeParse(c.var.body);
        if (!parsed.success) return fail(c, 400, 'bad_request', 'name the employee id to merge into: {"into": "…"}');
        if (employeeIdProblem(parsed.data.into)) return badEmployeeId(c);
        return answer(c, admin.merge(c.req.param('employeeId') ?? '', normalizeEmployeeId(parsed.data.into)));
      },
    },
    { method: 'GET', path: '/hr/api/roles', role: 'admin', body: 'none', handler: async (c) => c.json({ grants: await users.allGrants() }) },
    {
      method: 'PUT',
      path: '/hr/api/roles/:employeeId',
      role: 'admin',
      body: 'json',
      handler: async (c) => {
        const parsed = grantSchema.safeParse(c.var.body);
        const employeeId = c.req.param('employeeId') ?? '';
        // Full-width characters too: a grant under ｅ２００１ would never reach E2001.
        if (employeeIdProblem(employeeId) || employeeId !== normalizeEmployeeId(employeeId)) return badEmployeeId(c);
        if (!parsed.success) return fail(c, 400, 'bad_request', `roles must be a list of ${GRANTABLE_ROLES.join(', ')}`);
        await users.setGrants(employeeId, [...new Set(parsed.data.roles)], c.var.session.user);
        return c.json({ employeeId, roles: parsed.data.roles });
      },
    },
  ];
}

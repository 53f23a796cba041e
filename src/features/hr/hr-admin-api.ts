import type { GrantableRole, RoleGrant } from '../../domain';
import { call, putJson, read } from './hr-http';

/** Admin only: removes a self-declared identity (its tokens, certificates and matrix row). */
export async function removeTrainee(employeeId: string, csrf: string): Promise<void> {
  await call(`/trainees/${encodeURIComponent(employeeId)}`, { method: 'DELETE', headers: { 'X-CSRF-Token': csrf } });
}

/** Admin only: moves a self-declared identity's records to another identity and removes it. */
export async function mergeTrainee(employeeId: string, into: string, csrf: string): Promise<void> {
  await call(`/trainees/${encodeURIComponent(employeeId)}/merge`, { method: 'POST', headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' }, body: JSON.stringify({ into }) });
}

/** Admin only: every role granted beyond the company sign-in's. */
export async function getRoleGrants(signal?: AbortSignal): Promise<{ grants: RoleGrant[] }> {
  return read(await call('/roles', { signal }), (b) => Array.isArray(b.grants));
}

/** Admin only: replaces an employee's granted roles (an empty list removes them); applies from their next sign-in. */
export async function setRoleGrants(csrf: string, employeeId: string, roles: readonly GrantableRole[]): Promise<void> {
  await call(`/roles/${encodeURIComponent(employeeId)}`, putJson(csrf, { roles }));
}

import { GRANTABLE_ROLES, type GrantableRole, type RoleGrant } from './hr-api';

/** The longest employee id the server takes in `PUT /hr/api/roles/:employeeId`. */
export const EMPLOYEE_ID_MAX = 64;

/** One person's grants as the page shows them: the server keeps one row per role. */
export interface GrantedPerson {
  employeeId: string;
  name: string | null;
  roles: GrantableRole[];
  /** Who saved the newest of these grants, and when (an ISO time). */
  grantedBy: string;
  updated: string;
}

const isGrantable = (role: string): role is GrantableRole => (GRANTABLE_ROLES as readonly string[]).includes(role);

/** The server's rows grouped by person, in the server's order, roles in the page's order. */
export function groupGrants(grants: readonly RoleGrant[]): GrantedPerson[] {
  const people = new Map<string, GrantedPerson>();
  for (const g of grants) {
    if (!isGrantable(g.role)) continue;
    const person = people.get(g.employeeId);
    if (!person) {
      people.set(g.employeeId, { employeeId: g.employeeId, name: g.name, roles: [g.role], grantedBy: g.grantedBy, updated: g.updated });
      continue;
    }
    person.roles.push(g.role);
    if (g.updated > person.updated) Object.assign(person, { grantedBy: g.grantedBy, updated: g.updated });
  }
  for (const person of people.values()) person.roles.sort((a, b) => GRANTABLE_ROLES.indexOf(a) - GRANTABLE_ROLES.indexOf(b));
  return [...people.values()];
}

/** Why an employee id typed into the form cannot be sent, if it cannot. */
export function employeeIdProblem(typed: string): 'required' | 'tooLong' | undefined {
  const id = typed.trim();
  if (!id) return 'required';
  if (id.length > EMPLOYEE_ID_MAX) return 'tooLong';
  return undefined;
}

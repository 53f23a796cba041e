import { isEmployeeIdText } from '../profile';
import type { Role } from './claims';

/** The roles an admin may grant beyond the company sign-in's, in the order pages list them. */
export const GRANTABLE_ROLES = ['trainer', 'manager', 'hr', 'admin'] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export const isGrantableRole = (role: string): role is GrantableRole => (GRANTABLE_ROLES as readonly string[]).includes(role);

/**
 * The longest employee id an admin may name (in a grant or a merge): longer than a self-declared
 * id may be, as a company's own ids come from its identity provider.
 */
export const ADMIN_EMPLOYEE_ID_MAX = 64;

/**
 * The characters of an id someone can have: registration's (letters, digits, `.`, `_`, `-`), and
 * what a company's identity provider may give as the id (its `preferred_username`, often an email
 * address, in the company's own script): any letter or digit, `@` and `+`. Never a space, an emoji
 * or a control character, which no directory gives.
 */
const ADMIN_EMPLOYEE_ID = /^[\p{L}\p{N}._@+-]+$/u;

/**
 * Why an employee id an admin typed cannot be sent, if it cannot: empty, too long, or holding a
 * character no registered or signed-in person's id can hold.
 */
export function employeeIdProblem(typed: string): 'required' | 'tooLong' | 'chars' | undefined {
  const id = typed.trim();
  if (!id) return 'required';
  if (id.length > ADMIN_EMPLOYEE_ID_MAX) return 'tooLong';
  if (!isEmployeeIdText(id) && !ADMIN_EMPLOYEE_ID.test(id)) return 'chars';
  return undefined;
}

/** One granted role of one person, as the server keeps it (`name` is null until the trainee registers). */
export interface RoleGrant {
  employeeId: string;
  name: string | null;
  role: string;
  grantedBy: string;
  updated: string;
}

/** One person's grants as a page shows them. */
export interface GrantedPerson {
  employeeId: string;
  name: string | null;
  roles: GrantableRole[];
  /** Who saved the newest of these grants, and when (an ISO time). */
  grantedBy: string;
  updated: string;
}

/** Grants grouped by person, in the given order, each person's roles in the pages' order. */
export function groupGrants(grants: readonly RoleGrant[]): GrantedPerson[] {
  const people = new Map<string, GrantedPerson>();
  for (const g of grants) {
    if (!isGrantableRole(g.role)) continue;
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

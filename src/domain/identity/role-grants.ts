import { isEmployeeIdText, normalizeEmployeeId } from '../profile';
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

/**
 * The form in which employee ids are compared. A company's directory treats E1001, e1001 and a
 * full-width Ｅ１００１ as one person, so grants, merges and sign-ins match ids by this key, while
 * each person keeps the spelling their id was first recorded with (their statements are filed under it).
 */
export const employeeIdKey = (id: string): string => normalizeEmployeeId(id).toUpperCase();

export const sameEmployeeId = (a: string, b: string): boolean => employeeIdKey(a) === employeeIdKey(b);

/**
 * The spelling on record that an id names: the id itself when recorded exactly so, else the first
 * recorded spelling with the same key, else the id as given (nobody has it yet).
 */
export function recordedSpelling(id: string, recorded: readonly string[]): string {
  const wanted = normalizeEmployeeId(id);
  if (recorded.includes(wanted)) return wanted;
  return recorded.find((r) => sameEmployeeId(r, wanted)) ?? wanted;
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

/** Grants grouped by person (ids that differ only in case or width are one person), in the given order, each person's roles in the pages' order. */
export function groupGrants(grants: readonly RoleGrant[]): GrantedPerson[] {
  const people = new Map<string, GrantedPerson>();
  for (const g of grants) {
    if (!isGrantableRole(g.role)) continue;
    const person = people.get(employeeIdKey(g.employeeId));
    if (!person) {
      people.set(employeeIdKey(g.employeeId), { employeeId: g.employeeId, name: g.name, roles: [g.role], grantedBy: g.grantedBy, updated: g.updated });
      continue;
    }
    person.name ??= g.name;
    if (!person.roles.includes(g.role)) person.roles.push(g.role);
    if (g.updated > person.updated) Object.assign(person, { grantedBy: g.grantedBy, updated: g.updated });
  }
  for (const person of people.values()) person.roles.sort((a, b) => GRANTABLE_ROLES.indexOf(a) - GRANTABLE_ROLES.indexOf(b));
  return [...people.values()];
}

/**
 * Who a company sign-in says the user is: the claims of an OpenID Connect ID token (or userinfo)
 * read with the claim names and role names the company configured. Pure, so the server and the
 * tests share one reading of a token.
 */
export type Role = 'trainee' | 'trainer' | 'manager' | 'hr' | 'admin';

export interface ClaimNames {
  employeeId: string;
  name: string;
  department: string;
  roles: string;
}

export interface RoleNames {
  hr: string;
  manager: string;
  trainer: string;
  admin: string;
}

export const DEFAULT_CLAIMS: ClaimNames = { employeeId: 'employee_id', name: 'name', department: 'department', roles: 'groups' };
export const DEFAULT_ROLES: RoleNames = { hr: 'sta-hr', manager: 'sta-manager', trainer: 'sta-trainer', admin: 'sta-admin' };

export interface SignedInIdentity {
  subject: string;
  employeeId: string;
  name: string;
  department: string;
  /** Always includes `trainee`: everyone who signs in may take the course. */
  roles: Role[];
}

type Claims = Record<string, unknown>;

/** A claim by name, allowing a dotted path for providers that nest them (`extension.department`). */
function claim(claims: Claims, name: string): unknown {
  return name.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Claims)[k] : undefined), claims);
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** The roles a groups/roles claim grants: an array of names, or one name, or a space-separated string. */
export function rolesFromClaim(value: unknown, names: RoleNames = DEFAULT_ROLES): Role[] {
  const granted = new Set(Array.isArray(value) ? value.map(text) : text(value).split(/[\s,]+/));
  const roles: Role[] = ['trainee'];
  for (const role of ['trainer', 'manager', 'hr', 'admin'] as const) if (granted.has(names[role])) roles.push(role);
  return roles;
}

/**
 * The identity in a set of claims, or why it cannot be used: an employee id (the configured
 * claim, falling back to `preferred_username`) and a name are required; the department may be
 * empty (a manager without one sees nobody's records).
 */
export function identityFromClaims(claims: Claims, names: ClaimNames = DEFAULT_CLAIMS, roles: RoleNames = DEFAULT_ROLES): SignedInIdentity | { error: 'no_subject' | 'no_employee_id' | 'no_name' } {
  const subject = text(claims.sub);
  if (!subject) return { error: 'no_subject' };
  const employeeId = text(claim(claims, names.employeeId)) || text(claims.preferred_username);
  if (!employeeId) return { error: 'no_employee_id' };
  const name = text(claim(claims, names.name)) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  if (!name) return { error: 'no_name' };
  return { subject, employeeId, name, department: text(claim(claims, names.department)), roles: rolesFromClaim(claim(claims, names.roles), roles) };
}

/** Why a company sign-in did not end in a session, as the page it started from is told (`?signin=…`). */
export const SIGN_IN_FAILURES = ['expired', 'refused', 'no_employee_id', 'no_name', 'no_subject', 'taken', 'failed'] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

/** The sign-in failure an address's `signin` parameter names, if it names one. */
export const signInFailureOf = (param: string | null): SignInFailure | undefined => SIGN_IN_FAILURES.find((f) => f === param);

/**
 * The provider's end-session address from a sign-out answer (`{ endSessionUrl }`), where the
 * browser goes next; undefined unless it is a web address, so an answer can never send the page
 * to a `javascript:` or other kind of URL.
 */
export function endSessionAddress(answer: unknown): string | undefined {
  const url = typeof answer === 'object' && answer !== null && 'endSessionUrl' in answer ? answer.endSessionUrl : undefined;
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Who the trainee is: given on first start, editable later, checked the same way in the page and on the server. */
export interface Profile {
  name: string;
  employeeId: string;
  department: string;
}

export type ProfileField = keyof Profile;
export type ProfileProblem = 'required' | 'tooLong' | 'employeeIdChars' | 'controlChars';

export const PROFILE_LIMITS = { name: 60, employeeId: 40, department: 60 } as const;
const EMPLOYEE_ID = /^[A-Za-z0-9._-]+$/;

/** An employee id as typed, trimmed and in half-width: a Chinese input method in full-width mode types "Ｅ１０２４" for E1024. */
export const normalizeEmployeeId = (text: string): string =>
  text.trim().replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Whether an employee id is made of the characters registration accepts: letters, digits, `.`, `_` and `-`. */
export const isEmployeeIdText = (id: string): boolean => EMPLOYEE_ID.test(id);
// Control characters (newlines, NUL, escapes) and bidi overrides/isolates would let a name break
// HR's table, an export or a certificate, or read backwards on screen; no real name needs them.
const UNSAFE_TEXT = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Whether free text typed by a person (a name, a department) holds a control character or a bidi override. */
export const hasUnsafeChars = (text: string): boolean => UNSAFE_TEXT.test(text);

/**
 * Trims the fields and reports each one's problem (as a code the interface translates), if any.
 * The department may be left empty where the trainee's identity comes from elsewhere (an LMS
 * knows the learner's name and ID, not their department).
 */
export function validateProfile(input: unknown, options: { departmentOptional?: boolean } = {}): { profile: Profile; problems?: undefined } | { profile?: undefined; problems: Partial<Record<ProfileField, ProfileProblem>> } {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const problems: Partial<Record<ProfileField, ProfileProblem>> = {};
  const value = (field: ProfileField) => (typeof raw[field] === 'string' ? (raw[field] as string).trim() : '');
  const profile: Profile = { name: value('name'), employeeId: normalizeEmployeeId(value('employeeId')), department: value('department') };
  for (const field of ['name', 'employeeId', 'department'] as const) {
    const v = profile[field];
    if (!v) {
      if (!(field === 'department' && options.departmentOptional)) problems[field] = 'required';
    }
    else if ([...v].length > PROFILE_LIMITS[field]) problems[field] = 'tooLong';
    else if (hasUnsafeChars(v)) problems[field] = 'controlChars';
  }
  if (profile.employeeId && !problems.employeeId && !EMPLOYEE_ID.test(profile.employeeId)) problems.employeeId = 'employeeIdChars';
  return Object.keys(problems).length ? { problems } : { profile };
}

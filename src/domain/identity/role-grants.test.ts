import { expect, test } from 'vitest';
import { employeeIdKey, employeeIdProblem, groupGrants, recordedSpelling, sameEmployeeId } from './role-grants';

const row = (employeeId: string, role: string, updated: string, grantedBy = 'E9') => ({ employeeId, name: null, role, grantedBy, updated });

test('grants are grouped per person in the server’s order, roles in the page’s order, with the newest granter and time', () => {
  const people = groupGrants([
    row('E2', 'manager', '2026-03-01T00:00:00.000Z'),
    row('E2', 'admin', '2026-03-02T00:00:00.000Z', 'E8'),
    row('E2', 'trainer', '2026-02-01T00:00:00.000Z'),
    row('E1', 'hr', '2026-01-01T00:00:00.000Z'),
    // A role this page cannot grant is not shown as one.
    row('E3', 'trainee', '2026-01-01T00:00:00.000Z'),
  ]);
  expect(people).toEqual([
    { employeeId: 'E2', name: null, roles: ['trainer', 'manager', 'admin'], grantedBy: 'E8', updated: '2026-03-02T00:00:00.000Z' },
    { employeeId: 'E1', name: null, roles: ['hr'], grantedBy: 'E9', updated: '2026-01-01T00:00:00.000Z' },
  ]);
});

test('an employee id must be given, and at most 64 characters once trimmed', () => {
  expect(employeeIdProblem('   ')).toBe('required');
  expect(employeeIdProblem(` ${'E'.repeat(64)} `)).toBeUndefined();
  expect(employeeIdProblem('E'.repeat(65))).toBe('tooLong');
});

test('an id a company’s provider may give is accepted (an email address, its own script); a space, an emoji or a control character is not', () => {
  for (const id of ['E1001', 'li.lei_2-x', 'li.lei+sales@example.com', '张伟01']) expect(employeeIdProblem(id), id).toBeUndefined();
  for (const id of ['员工😀 1', 'E 1', 'E1\u0000', 'a/b', '<E1>']) expect(employeeIdProblem(id), id).toBe('chars');
});

test('employee ids that differ only in case or in full-width typing name one person', () => {
  expect(sameEmployeeId('e1001', 'E1001')).toBe(true);
  expect(sameEmployeeId(' Ｅ１００１ ', 'e1001')).toBe(true);
  expect(sameEmployeeId('li.lei@example.com', 'Li.Lei@Example.com')).toBe(true);
  expect(sameEmployeeId('E1001', 'E10010')).toBe(false);
  expect(employeeIdKey('e1001')).toBe(employeeIdKey('E1001'));
});

test('an id keeps the spelling it was recorded with: the exact one when recorded, else the first of the same key, else as given', () => {
  expect(recordedSpelling('E1001', ['e1001'])).toBe('e1001');
  expect(recordedSpelling('e1001', ['E1001', 'e1001'])).toBe('e1001');
  expect(recordedSpelling('ｅ1001', ['E1001'])).toBe('E1001');
  expect(recordedSpelling(' E2002 ', ['E1001'])).toBe('E2002');
});

test('grants saved under ids of different case are one person with each role once', () => {
  const people = groupGrants([row('e1001', 'hr', '2026-01-01T00:00:00.000Z'), { ...row('E1001', 'hr', '2026-02-01T00:00:00.000Z', 'E8'), name: '王芳' }, row('E1001', 'manager', '2026-01-02T00:00:00.000Z')]);
  expect(people).toEqual([{ employeeId: 'e1001', name: '王芳', roles: ['manager', 'hr'], grantedBy: 'E8', updated: '2026-02-01T00:00:00.000Z' }]);
});

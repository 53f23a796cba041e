import { expect, test } from 'vitest';
import { endSessionAddress, identityFromClaims, rolesFromClaim } from './claims';

test('the identity comes from the configured claims, and every signed-in user is a trainee', () => {
  expect(identityFromClaims({ sub: 's1', employee_id: 'E1001', name: '李娜', department: '华东销售部', groups: ['sta-hr', 'other'] })).toEqual({
    subject: 's1',
    employeeId: 'E1001',
    name: '李娜',
    department: '华东销售部',
    roles: ['trainee', 'hr'],
  });
});

test('the employee id falls back to preferred_username; claim names and role names can be configured', () => {
  const id = identityFromClaims(
    { sub: 's2', preferred_username: 'ann', given_name: 'Ann', family_name: 'Lee', ext: { dept: 'Sales' }, roles: 'Trainers Managers' },
    { employeeId: 'employee_id', name: 'name', department: 'ext.dept', roles: 'roles' },
    { hr: 'HR', manager: 'Managers', trainer: 'Trainers', admin: 'Admins' },
  );
  expect(id).toEqual({ subject: 's2', employeeId: 'ann', name: 'Ann Lee', department: 'Sales', roles: ['trainee', 'trainer', 'manager'] });
});

test('a token without an employee id or a name cannot be used', () => {
  expect(identityFromClaims({ sub: 's3', name: 'x' })).toEqual({ error: 'no_employee_id' });
  expect(identityFromClaims({ sub: 's3', employee_id: 'E1' })).toEqual({ error: 'no_name' });
  expect(identityFromClaims({ employee_id: 'E1', name: 'x' })).toEqual({ error: 'no_subject' });
});

test('roles are read from an array, a single name or a list in a string', () => {
  expect(rolesFromClaim('sta-admin')).toEqual(['trainee', 'admin']);
  expect(rolesFromClaim(['sta-trainer', 'sta-manager'])).toEqual(['trainee', 'trainer', 'manager']);
  expect(rolesFromClaim(undefined)).toEqual(['trainee']);
});

test('a sign-out answer sends the browser only to a web address', () => {
  expect(endSessionAddress({ endSessionUrl: 'https://idp.example.com/logout?id_token_hint=x' })).toBe('https://idp.example.com/logout?id_token_hint=x');
  expect(endSessionAddress({ endSessionUrl: 'HTTP://idp.example.com/logout' })).toBe('HTTP://idp.example.com/logout');
  for (const answer of [{ endSessionUrl: 'javascript:alert(1)' }, { endSessionUrl: '//evil.example.net' }, { endSessionUrl: 42 }, {}, null, 'https://x.example', undefined])
    expect(endSessionAddress(answer)).toBeUndefined();
});

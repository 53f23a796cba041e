import { expect, test } from 'vitest';
import { validateProfile } from './profile';

test('a complete profile is trimmed and accepted', () => {
  expect(validateProfile({ name: ' 李娜 ', employeeId: 'E-1024', department: '华东销售部 ' })).toEqual({ profile: { name: '李娜', employeeId: 'E-1024', department: '华东销售部' } });
});

test.each([
  [{}, { name: 'required', employeeId: 'required', department: 'required' }],
  [{ name: '   ', employeeId: 'E1', department: 'D' }, { name: 'required' }],
  [{ name: '李'.repeat(61), employeeId: 'E1', department: 'D' }, { name: 'tooLong' }],
  [{ name: 'x', employeeId: 'E 1', department: 'D' }, { employeeId: 'employeeIdChars' }],
  [{ name: 'x', employeeId: '工号1', department: 'D' }, { employeeId: 'employeeIdChars' }],
  [{ name: 'x', employeeId: 'E'.repeat(41), department: 'D' }, { employeeId: 'tooLong' }],
  [{ name: 42, employeeId: 'E1', department: 'D' }, { name: 'required' }],
  [{ name: '李\n娜', employeeId: 'E1', department: 'D' }, { name: 'controlChars' }],
  [{ name: 'a\u0000b', employeeId: 'E1', department: 'D' }, { name: 'controlChars' }],
  [{ name: 'x', employeeId: 'E1', department: 'Sales\u202Egnp.exe' }, { department: 'controlChars' }],
  [{ name: 'x\u2066y', employeeId: 'E1', department: 'D' }, { name: 'controlChars' }],
  [null, { name: 'required', employeeId: 'required', department: 'required' }],
])('%j → %j', (input, problems) => expect(validateProfile(input)).toEqual({ problems }));

test('60 Chinese characters fit: length counts characters, not UTF-16 units', () => {
  expect(validateProfile({ name: '𠮷'.repeat(60), employeeId: 'E1', department: 'D' }).profile).toBeDefined();
});

test('an employee id typed in full-width characters (a Chinese input method) is read as the same id', () => {
  expect(validateProfile({ name: '李雷', employeeId: 'Ｅ－１０２４', department: '华南销售部' })).toEqual({ profile: { name: '李雷', employeeId: 'E-1024', department: '华南销售部' } });
  expect(validateProfile({ name: '李雷', employeeId: '工号１０２４', department: '华南销售部' }).problems).toEqual({ employeeId: 'employeeIdChars' });
});

import { beforeEach, expect, test } from 'vitest';
import { switchPerson, takeSignedInPerson } from './person-data';

beforeEach(() => localStorage.clear());

const mine = () => Object.fromEntries(Object.keys(localStorage).filter((k) => !k.startsWith('sta:person:')).map((k) => [k, localStorage.getItem(k)]));

test('the next person on a shared browser starts from nothing of the previous person’s; the device’s settings stay', () => {
  localStorage.setItem('sta:progress', '{"A read module 01"}');
  localStorage.setItem('sta:goals', '{"A’s goals"}');
  localStorage.setItem('sta:records-emitted', '{"A’s ledger"}');
  localStorage.setItem('sta:profile', '{"E2001"}');
  localStorage.setItem('sta:settings', '{"en, dark"}');
  localStorage.setItem('sta:records-config', '{"server"}');
  localStorage.setItem('other-app', 'theirs');

  expect(switchPerson(localStorage, 'E2001', 'E2002')).toBe(true);
  expect(mine()).toEqual({ 'sta:settings': '{"en, dark"}', 'sta:records-config': '{"server"}', 'other-app': 'theirs' });
});

test('each person finds their own work again when they sign in again, and nothing changes when the same person signs in', () => {
  localStorage.setItem('sta:progress', 'A');
  localStorage.setItem('sta:settings', 'device');
  switchPerson(localStorage, 'E2001', 'E2002');
  localStorage.setItem('sta:progress', 'B');
  localStorage.setItem('sta:quiz', 'B quiz');

  expect(switchPerson(localStorage, 'E2002', 'E2001')).toBe(true);
  expect(mine()).toEqual({ 'sta:progress': 'A', 'sta:settings': 'device' });
  expect(switchPerson(localStorage, 'E2001', 'E2001')).toBe(false);
  expect(mine()).toEqual({ 'sta:progress': 'A', 'sta:settings': 'device' });

  switchPerson(localStorage, 'E2001', 'E2002');
  expect(mine()).toEqual({ 'sta:progress': 'B', 'sta:quiz': 'B quiz', 'sta:settings': 'device' });
});

test('before the stores load, the person the server signed in on this browser gets their own work; with no such cookie nothing moves', () => {
  localStorage.setItem('sta:profile', JSON.stringify({ state: { profile: { employeeId: 'E2001', name: '王芳', department: '华南销售部' } }, version: 1 }));
  localStorage.setItem('sta:progress', 'A');
  takeSignedInPerson('other=1', localStorage);
  takeSignedInPerson('sta_person=E2001; other=1', localStorage);
  expect(localStorage.getItem('sta:progress')).toBe('A');

  expect(takeSignedInPerson('other=1; sta_person=E%2F2002', localStorage)).toBe(true);
  expect(mine()).toEqual({});
  expect(JSON.parse(localStorage.getItem('sta:person:E2001')!)).toMatchObject({ 'sta:progress': 'A' });
});

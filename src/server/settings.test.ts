import { expect, test } from 'vitest';
import { addressFrom } from './request-helpers';
import { DEFAULT_SETTINGS, readSettings } from './settings';

test('unset settings keep their documented defaults; set ones are read', () => {
  expect(readSettings({})).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS).toMatchObject({ trustProxy: 0, hrLoginFailures: 5, hrLoginWindowMinutes: 15, serveSourceMaps: false, allowedOrigins: [] });
  expect(readSettings({ TRUST_PROXY: '1', LIVE_JOINS_PER_MINUTE: '500', ALLOWED_ORIGINS: 'https://a.example.com, https://b.example.com:8443', SERVE_SOURCE_MAPS: '1' })).toMatchObject({
    trustProxy: 1,
    liveJoinsPerMinute: 500,
    allowedOrigins: ['https://a.example.com', 'https://b.example.com:8443'],
    serveSourceMaps: true,
  });
});

test.each([
  [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY must be a whole number/],
  [{ HR_LOGIN_FAILURES: '0' }, /HR_LOGIN_FAILURES/],
  [{ REGISTRATIONS_PER_HOUR: '1.5' }, /REGISTRATIONS_PER_HOUR/],
  [{ ALLOWED_ORIGINS: 'https://a.example.com/path' }, /not an origin/],
  [{ SERVE_SOURCE_MAPS: 'maybe' }, /SERVE_SOURCE_MAPS/],
])('an unusable value stops the start and names the variable: %j', (env, message) => {
  expect(() => readSettings(env)).toThrow(message);
});

test('X-Forwarded-For counts only as far as TRUST_PROXY trusts it', () => {
  // No trusted proxy: the header is anyone's to write, so the socket's address counts.
  expect(addressFrom('10.0.0.2', '198.51.100.9', 0)).toBe('10.0.0.2');
  // One proxy: the address it heard from is the last entry; earlier ones are the client's word.
  expect(addressFrom('10.0.0.2', '1.2.3.4, 198.51.100.9', 1)).toBe('198.51.100.9');
  expect(addressFrom('10.0.0.2', '1.2.3.4, 198.51.100.9, 10.0.0.1', 2)).toBe('198.51.100.9');
  // Fewer entries than trusted hops: the furthest one there is.
  expect(addressFrom('10.0.0.2', '198.51.100.9', 3)).toBe('198.51.100.9');
  expect(addressFrom('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
});

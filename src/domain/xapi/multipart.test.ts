import { expect, test } from 'vitest';
import { boundaryOf, buildMultipart, parseMultipart } from './multipart';

const enc = new TextEncoder();
const dec = new TextDecoder();

test('a multipart/mixed body round-trips: the statements first, then each attachment with its hash', () => {
  const body = buildMultipart('xyz', [
    { headers: { 'Content-Type': 'application/json' }, body: enc.encode('[{"a":1}]') },
    { headers: { 'Content-Type': 'text/plain', 'X-Experience-API-Hash': 'abc', 'Content-Transfer-Encoding': 'binary' }, body: enc.encode('hello\r\nworld') },
  ]);
  const parts = parseMultipart(body, boundaryOf('multipart/mixed; boundary=xyz')!);
  expect(Array.isArray(parts)).toBe(true);
  const [json, file] = parts as Exclude<typeof parts, string>;
  expect(dec.decode(json!.body)).toBe('[{"a":1}]');
  expect(file!.headers['x-experience-api-hash']).toBe('abc');
  expect(dec.decode(file!.body)).toBe('hello\r\nworld');
});

test('a quoted boundary is read, and malformed bodies say what is wrong', () => {
  expect(boundaryOf('multipart/mixed; boundary="a b"')).toBe('a b');
  expect(boundaryOf('application/json')).toBeUndefined();
  expect(parseMultipart(enc.encode('no boundary here'), 'xyz')).toMatch(/no boundary/);
  expect(parseMultipart(enc.encode('--xyz\r\nContent-Type: a/b\r\n\r\nunclosed'), 'xyz')).toMatch(/not closed/);
});

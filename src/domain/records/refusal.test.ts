import { expect, test } from 'vitest';
import { refusalKind } from './refusal';

test('the server’s error code decides the kind, whatever its English message says', () => {
  expect(refusalKind(409, '{"error":"already_scored","message":"this attempt was already scored; start a new attempt"}')).toBe('alreadyScored');
  expect(refusalKind(410, '{"error":"expired"}')).toBe('expired');
  expect(refusalKind(409, '{"error":"mismatch","message":"…"}')).toBe('courseChanged');
  expect(refusalKind(400, '{"error":"bad_statement","message":"statement 0: verb.id must be an IRI"}')).toBe('format');
  expect(refusalKind(403, '{"error":"forbidden"}')).toBe('notYours');
});

test('without a known code, the status decides; anything else is "other"', () => {
  expect(refusalKind(401, '<html>Unauthorized</html>')).toBe('signIn');
  expect(refusalKind(413, '')).toBe('tooLarge');
  expect(refusalKind(400, 'statement 0: verb.id must be an IRI')).toBe('format');
  expect(refusalKind(409, '{"error":"something_new"}')).toBe('other');
  expect(refusalKind(500, undefined)).toBe('other');
  expect(refusalKind(422, 'null')).toBe('other');
});

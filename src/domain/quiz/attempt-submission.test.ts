import { expect, test } from 'vitest';
import { CLOCK_SKEW_MS, LOCAL_ATTEMPT_MAX_AGE_MS, LOCAL_ATTEMPTS_PER_DAY, localAttemptVerdict, parseAttemptSubmission, type AttemptSubmission } from './attempt-submission';

const id = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const now = Date.parse('2026-12-04T12:00:00Z');
const sub = (over: Partial<AttemptSubmission> = {}): AttemptSubmission => ({ quizId: '01-a', seed: id, answers: {}, startedAt: '2026-12-04T11:50:00Z', endedAt: '2026-12-04T11:59:00Z', ...over });

test('a submission needs a quiz, a seed, answers by item and two timestamps in order', () => {
  expect(parseAttemptSubmission(sub())).toEqual({ submission: sub() });
  for (const bad of [null, [], 'x', { ...sub(), quizId: '' }, { ...sub(), seed: 3 }, { ...sub(), answers: [] }, { ...sub(), endedAt: 'yesterday' }, { ...sub(), startedAt: '2026-12-04T12:30:00Z' }])
    expect(parseAttemptSubmission(bad)).toHaveProperty('problem');
  expect(parseAttemptSubmission({ ...sub(), answers: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`i${i}`, 1])) })).toHaveProperty('problem');
});

test('an offline attempt counts when its seed is its own id, it is recent, and few came before it today', () => {
  expect(localAttemptVerdict({ attemptId: id, submission: sub(), now, recentLocal: [] })).toEqual({ ok: true });
  expect(localAttemptVerdict({ attemptId: id, submission: sub({ seed: 'lucky' }), now, recentLocal: [] })).toMatchObject({ ok: false, status: 400 });
  expect(localAttemptVerdict({ attemptId: 'not-a-uuid', submission: sub({ seed: 'not-a-uuid' }), now, recentLocal: [] })).toMatchObject({ ok: false, status: 400 });
  const future = new Date(now + CLOCK_SKEW_MS + 60_000).toISOString();
  expect(localAttemptVerdict({ attemptId: id, submission: sub({ startedAt: future, endedAt: future }), now, recentLocal: [] })).toMatchObject({ ok: false, status: 400 });
  const old = new Date(now - LOCAL_ATTEMPT_MAX_AGE_MS - 1).toISOString();
  expect(localAttemptVerdict({ attemptId: id, submission: sub({ startedAt: old, endedAt: old }), now, recentLocal: [] })).toMatchObject({ ok: false, status: 410 });
});

test('beyond the day\'s allowance an offline attempt waits, told when to come back', () => {
  const hour = 3_600_000;
  const recent = Array.from({ length: LOCAL_ATTEMPTS_PER_DAY }, (_, i) => now - (20 - i) * hour);
  const verdict = localAttemptVerdict({ attemptId: id, submission: sub(), now, recentLocal: [...recent, now - 30 * hour] });
  expect(verdict).toEqual({ ok: false, status: 429, reason: expect.any(String), retryAfterSeconds: 4 * 3600 });
  expect(localAttemptVerdict({ attemptId: id, submission: sub(), now, recentLocal: recent.slice(1) })).toEqual({ ok: true });
});

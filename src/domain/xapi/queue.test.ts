import { describe, expect, test } from 'vitest';
import { afterSend, backoffDelay, batchOutcome, classifyResponse, enqueue, queuedFor, takeBatch, type QueuedStatement } from './queue';

const NOW = 1_000_000;
const q = (n: number): QueuedStatement[] => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, statement: { i }, attempts: 0, notBefore: NOW }));

test.each([
  [200, 'sent'],
  [204, 'sent'],
  ['offline', 'retry'],
  [408, 'retry'],
  [429, 'retry'],
  [500, 'retry'],
  [503, 'retry'],
  [400, 'rejected'],
  [401, 'rejected'],
  [403, 'rejected'],
  [409, 'rejected'],
  [413, 'rejected'],
] as const)('%s → %s', (status, outcome) => expect(classifyResponse(status)).toBe(outcome));

test('backoff doubles from one second to five minutes, with bounded jitter', () => {
  expect([1, 2, 3, 4].map((a) => backoffDelay(a, 0))).toEqual([1000, 2000, 4000, 8000]);
  expect(backoffDelay(30, 0)).toBe(300_000);
  expect(backoffDelay(1, 1)).toBe(1200);
  expect(backoffDelay(1, 7)).toBe(1200);
});

test('a statement is queued once per id', () => {
  const once = enqueue([], 'a', {}, NOW);
  expect(enqueue(once, 'a', {}, NOW)).toHaveLength(1);
});

describe('sending', () => {
  test('batches are the oldest not refused, capped', () => {
    const queue = [...q(60)];
    queue[1] = { ...queue[1]!, rejected: { status: 400, reason: 'bad' } };
    const batch = takeBatch(queue, NOW);
    expect(batch).toHaveLength(50);
    expect(batch.map((b) => b.id).slice(0, 3)).toEqual(['s0', 's2', 's3']);
  });

  test('order is kept: while the oldest waits out its backoff, newer statements wait behind it', () => {
    const queue = [...q(3)];
    queue[0] = { ...queue[0]!, attempts: 2, notBefore: NOW + 2000 };
    expect(takeBatch(queue, NOW)).toEqual([]);
    expect(takeBatch(queue, NOW + 2000).map((b) => b.id)).toEqual(['s0', 's1', 's2']);
  });

  test('a 2xx removes the batch and nothing else', () => {
    expect(afterSend(q(3), ['s0', 's1'], { status: 200 }, NOW, 0).map((x) => x.id)).toEqual(['s2']);
  });

  test('offline or a 5xx keeps every statement and delays it', () => {
    const after = afterSend(q(2), ['s0', 's1'], { status: 'offline' }, NOW, 0);
    expect(after.map((x) => [x.id, x.attempts, x.notBefore - NOW])).toEqual([
      ['s0', 1, 1000],
      ['s1', 1, 1000],
    ]);
    expect(takeBatch(after, NOW)).toEqual([]);
    expect(takeBatch(after, NOW + 1000)).toHaveLength(2);
  });

  test('a 409 to one statement means the records already hold it: done; a 409 to a batch sets it aside, to be sent one by one', () => {
    expect(batchOutcome(409, 1)).toBe('sent');
    expect(batchOutcome(409, 2)).toBe('rejected');
    expect(batchOutcome(400, 1)).toBe('rejected');
    expect(afterSend(q(2), ['s0'], { status: 409, reason: 'statement s0 already exists with other content' }, NOW, 0).map((x) => x.id)).toEqual(['s1']);
    expect(afterSend(q(2), ['s0', 's1'], { status: 409 }, NOW, 0).every((x) => x.rejected?.status === 409)).toBe(true);
  });

  test('a 4xx sets the batch aside with the reason: kept, not retried', () => {
    const after = afterSend(q(1), ['s0'], { status: 400, reason: 'id must be a UUID' }, NOW, 0);
    expect(after).toHaveLength(1);
    expect(after[0]!.rejected).toEqual({ status: 400, reason: 'id must be a UUID' });
    expect(takeBatch(after, NOW + 1e9)).toEqual([]);
  });
});

test("a person's share of a shared browser's queue: their own and the unowned, in order; everything when no one is singled out", () => {
  const queue = enqueue(enqueue(enqueue([{ id: 'old', statement: {}, attempts: 0, notBefore: NOW }], 'a', {}, NOW, 'E1'), 'b', {}, NOW, 'E2'), 'c', {}, NOW, 'E1');
  expect(queuedFor(queue, 'E1').map((q) => q.id)).toEqual(['old', 'a', 'c']);
  expect(queuedFor(queue, 'E2').map((q) => q.id)).toEqual(['old', 'b']);
  expect(queuedFor(queue, undefined).map((q) => q.id)).toEqual(['old', 'a', 'b', 'c']);
  expect(queue.find((q) => q.id === 'old')).not.toHaveProperty('owner');
});

/**
 * The rules of the browser's statement queue: statements are stored before sending,
 * sent oldest first in batches, retried with backoff while offline or on server trouble, and set
 * aside (never dropped) when the server refuses them. Storage and sending live elsewhere.
 */
export interface QueuedStatement {
  id: string;
  statement: unknown;
  /** Sending attempts so far. */
  attempts: number;
  /** Not to be tried again before this time (ms since epoch). */
  notBefore: number;
  /** Set when the server refused it: kept aside for the trainee, not retried. */
  rejected?: { status: number; reason: string };
  /**
   * The employee id of the person who was signed in when it was queued: only their credentials
   * may send it. Absent when no one was (or on a queue kept from before people were told apart).
   */
  owner?: string;
}

export type SendOutcome = 'sent' | 'retry' | 'rejected';

/** What an HTTP answer means for the statements sent: 2xx sent; offline, 408, 429 or 5xx retry; any other 4xx refused. */
export function classifyResponse(status: number | 'offline'): SendOutcome {
  if (status === 'offline') return 'retry';
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'rejected';
}

/**
 * What an answer means for a batch of `count` statements. A 409 to a single statement says the
 * records already hold one under its id. Every id the course makes is random or named after what
 * its statement records (the trainee and the goal, module, attempt or answer), so the one held
 * records the same thing, perhaps worded in the other language: this one is done, and a trainee
 * is never shown a refusal there is nothing to do about. A batch refused with a 409 is sent again
 * one statement at a time, to find which.
 */
export function batchOutcome(status: number | 'offline', count: number): SendOutcome {
  return status === 409 && count === 1 ? 'sent' : classifyResponse(status);
}

/** Exponential backoff from 1 s, doubling, at most 5 minutes, with up to 20% jitter (`random` in 0…1). */
export function backoffDelay(attempts: number, random: number): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.2 * Math.min(1, Math.max(0, random))));
}

/**
 * The next batch to send: the oldest statements not refused, at most `max`, and only once the
 * oldest is due. A failed send delays the whole queue behind it, so statements always reach
 * the server in the order they happened (a module read before its quiz, `initialized` first).
 */
export function takeBatch(queue: readonly QueuedStatement[], now: number, max = 50): QueuedStatement[] {
  const waiting = queue.filter((q) => !q.rejected);
  if (waiting.length === 0 || waiting[0]!.notBefore > now) return [];
  return waiting.slice(0, max);
}

/** Adds a statement once: the same id twice (a retry of the caller's own) is not queued again. */
export function enqueue(queue: readonly QueuedStatement[], id: string, statement: unknown, now: number, owner?: string): QueuedStatement[] {
  return queue.some((q) => q.id === id) ? [...queue] : [...queue, { id, statement, attempts: 0, notBefore: now, ...(owner === undefined ? {} : { owner }) }];
}

/**
 * What `person` may send and be shown of a queue on a shared browser: their own statements and
 * those no one owns. Another person's wait, in their order, until that person signs in again:
 * sent with this person's token they would be refused as somebody else's. Everything when no
 * one is singled out (an LMS key may record anyone).
 */
export function queuedFor(queue: readonly QueuedStatement[], person: string | undefined): QueuedStatement[] {
  return person === undefined ? [...queue] : queue.filter((q) => q.owner === undefined || q.owner === person);
}

/** The queue after a batch was sent: sent ones leave, the rest wait or are set aside. */
export function afterSend(
  queue: readonly QueuedStatement[],
  batchIds: readonly string[],
  answer: { status: number | 'offline'; reason?: string },
  now: number,
  random: number,
): QueuedStatement[] {
  const outcome = batchOutcome(answer.status, batchIds.length);
  const inBatch = new Set(batchIds);
  if (outcome === 'sent') return queue.filter((q) => !inBatch.has(q.id));
  return queue.map((q) => {
    if (!inBatch.has(q.id)) return q;
    const attempts = q.attempts + 1;
    if (outcome === 'rejected') return { ...q, attempts, rejected: { status: answer.status as number, reason: answer.reason ?? '' } };
    return { ...q, attempts, notBefore: now + backoffDelay(attempts, random) };
  });
}

import { afterSend, batchOutcome, enqueue as enqueueRule, queuedFor, takeBatch, type QueuedStatement } from '../domain';
import type { QueueStorage } from './queue-storage';

export type SendAnswer = { status: number | 'offline'; reason?: string };

/** Sends one batch of statements; never throws (a network failure is `offline`). */
export type Transport = (statements: unknown[]) => Promise<SendAnswer>;

export interface QueueOptions {
  storage: QueueStorage;
  transport: Transport;
  batchSize?: number;
  now?: () => number;
  random?: () => number;
  /** The queue as whoever is signed in sees it: their own statements (all of them when no one is singled out). */
  onChange?: (queue: readonly QueuedStatement[]) => void;
  /** Who is signed in now, when each person may send only their own statements (a trainee token). */
  person?: () => string | undefined;
}

/**
 * The browser's statement queue: every statement is written to storage before it is sent; sends
 * go oldest first in batches; offline or 5xx waits with backoff; a refused batch is retried one
 * statement at a time so only the statement at fault is set aside (and shown), never dropped.
 * Ids are fixed when queued, so a resend after a lost answer cannot make a duplicate. On a
 * shared browser each statement keeps the person it was queued for, and waits for them.
 */
export function statementQueue({ storage, transport, batchSize = 50, now = Date.now, random = Math.random, onChange, person = () => undefined }: QueueOptions) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const own = (queue: readonly QueuedStatement[]) => queuedFor(queue, person());
  const report = async () => onChange?.(own(await storage.all()));

  const schedule = (queue: readonly QueuedStatement[]) => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const waiting = own(queue).filter((q) => !q.rejected);
    if (stopped || waiting.length === 0) return;
    const next = Math.min(...waiting.map((q) => q.notBefore));
    timer = setTimeout(() => void flush(), Math.max(0, next - now()));
  };

  async function sendOne(batch: QueuedStatement[], queue: QueuedStatement[]): Promise<{ queue: QueuedStatement[]; outcome: ReturnType<typeof batchOutcome> }> {
    const answer = await transport(batch.map((q) => q.statement));
    const outcome = batchOutcome(answer.status, batch.length);
    const next = afterSend(queue, batch.map((q) => q.id), answer, now(), random());
    const ids = new Set(batch.map((q) => q.id));
    if (outcome === 'sent') await storage.remove([...ids]);
    else await storage.update(next.filter((q) => ids.has(q.id)));
    return { queue: next, outcome };
  }

  async function drain(force: boolean) {
    let queue = await storage.all();
    for (;;) {
      if (stopped) return;
      // `force`: the network just came back, so a backoff chosen while it was away no longer applies.
      const batch = takeBatch(own(queue), force ? Infinity : now(), batchSize);
      if (batch.length === 0) break;
      const answer = await sendOne(batch, queue);
      if (answer.outcome === 'rejected' && batch.length > 1) {
        // One bad statement must not hold back the good ones sent with it.
        const cleared = batch.map((b) => ({ ...b }));
        await storage.update(cleared);
        queue = await storage.all();
        for (const item of batch) {
          const single = await sendOne([item], queue);
          queue = single.queue;
          if (single.outcome === 'retry') break;
        }
        queue = await storage.all();
        continue;
      }
      queue = answer.queue;
      if (answer.outcome !== 'sent') break;
      force = false;
    }
    schedule(queue);
  }

  let forceNext = false;
  async function flush(force = false): Promise<void> {
    forceNext ||= force;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const forced = forceNext;
          forceNext = false;
          await drain(forced);
        } while (again && !stopped);
      } finally {
        running = undefined;
        await report();
      }
    })();
    return running;
  }

  return {
    /** Stores the statements (each once, by id), then tries to send. Resolves once they are stored. */
    async enqueue(statements: { id: string }[]) {
      const existing = await storage.all();
      let queue: QueuedStatement[] = existing;
      const owner = person();
      for (const s of statements) queue = enqueueRule(queue, s.id, s, now(), owner);
      const added = queue.slice(existing.length);
      if (added.length) await storage.add(added);
      void flush();
    },
    flush,
    /** Sends what was refused again (after the trainee or an admin fixed the cause). */
    async retryRejected() {
      const rejected = own(await storage.all()).filter((q) => q.rejected);
      await storage.update(rejected.map((q) => ({ ...q, rejected: undefined, notBefore: now() })));
      return flush();
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

export type StatementQueue = ReturnType<typeof statementQueue>;

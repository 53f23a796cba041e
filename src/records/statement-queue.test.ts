import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import type { QueuedStatement } from '../domain';
import { indexedDbStorage, memoryStorage } from './queue-storage';
import { statementQueue, type SendAnswer } from './statement-queue';

const st = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, n });

/** A server that answers from a script, and remembers every statement it accepted (by id, as an LRS does). */
function fakeServer(script: (batch: { id: string; n: number }[], call: number) => SendAnswer) {
  const stored = new Map<string, unknown>();
  const calls: number[][] = [];
  const transport = async (statements: unknown[]) => {
    const batch = statements as { id: string; n: number }[];
    calls.push(batch.map((s) => s.n));
    const answer = script(batch, calls.length);
    if (typeof answer.status === 'number' && answer.status < 300) for (const s of batch) stored.set(s.id, s);
    return answer;
  };
  return { stored, calls, transport };
}

describe('the statement queue', () => {
  test('statements are stored before sending, sent in batches, and leave once the server has them', async () => {
    const storage = memoryStorage();
    const server = fakeServer(() => ({ status: 200 }));
    const queue = statementQueue({ storage, transport: server.transport, batchSize: 2 });
    await queue.enqueue([st(1), st(2), st(3)]);
    await queue.flush();
    expect(server.calls).toEqual([[1, 2], [3]]);
    expect(storage.items).toEqual([]);
    expect(server.stored.size).toBe(3);
    queue.stop();
  });

  test('offline: nothing is lost; back online, everything goes once, the same ids', async () => {
    let online = false;
    let clock = 0;
    const storage = memoryStorage();
    const server = fakeServer(() => (online ? { status: 200 } : { status: 'offline' }));
    const queue = statementQueue({ storage, transport: server.transport, now: () => clock, random: () => 0 });
    await queue.enqueue([st(1), st(2)]);
    await queue.flush();
    expect(storage.items.map((q) => [q.attempts, q.notBefore])).toEqual([
      [1, 1000],
      [1, 1000],
    ]);
    await queue.enqueue([st(1), st(3)]); // st(1) again: a caller's retry is not queued twice
    expect(storage.items).toHaveLength(3);
    await queue.flush();
    online = true;
    clock = 1000;
    await queue.flush();
    expect(storage.items).toEqual([]);
    expect([...server.stored.keys()].sort()).toEqual([st(1).id, st(2).id, st(3).id]);
    queue.stop();
  });

  test('5xx waits with a growing backoff', async () => {
    let clock = 0;
    const storage = memoryStorage();
    const server = fakeServer(() => ({ status: 503 }));
    const queue = statementQueue({ storage, transport: server.transport, now: () => clock, random: () => 0 });
    await queue.enqueue([st(1)]);
    await queue.flush();
    clock = 1000;
    await queue.flush();
    expect(storage.items[0]).toMatchObject({ attempts: 2, notBefore: 3000 });
    clock = 2000;
    await queue.flush();
    expect(server.calls).toHaveLength(2); // not yet due
    queue.stop();
  });

  test('a refused batch is retried one by one: only the bad statement is set aside, with the reason', async () => {
    const storage = memoryStorage();
    const server = fakeServer((batch) => (batch.some((s) => s.n === 2) ? { status: 400, reason: 'statement 0: verb.id must be an IRI' } : { status: 200 }));
    const changes: (readonly QueuedStatement[])[] = [];
    const queue = statementQueue({ storage, transport: server.transport, onChange: (q) => changes.push(q) });
    await queue.enqueue([st(1), st(2), st(3)]);
    await queue.flush();
    expect(server.calls).toEqual([[1, 2, 3], [1], [2], [3]]);
    expect(storage.items).toHaveLength(1);
    expect(storage.items[0]).toMatchObject({ id: st(2).id, rejected: { status: 400, reason: 'statement 0: verb.id must be an IRI' } });
    expect(changes.at(-1)!.filter((q) => q.rejected)).toHaveLength(1);
    await queue.flush();
    expect(server.calls).toHaveLength(4); // set aside: not retried by itself
    queue.stop();
  });

  test('a 409 for one statement of a batch: the others are sent, and that one, already held under its id, leaves without a refusal shown', async () => {
    const storage = memoryStorage();
    const held = st(2).id;
    const server = fakeServer((batch) => (batch.some((s) => s.id === held) ? { status: 409, reason: `statement ${held} already exists with other content` } : { status: 200 }));
    const changes: (readonly QueuedStatement[])[] = [];
    const queue = statementQueue({ storage, transport: server.transport, onChange: (q) => changes.push(q) });
    await queue.enqueue([st(1), st(2), st(3)]);
    await queue.flush();
    expect(server.calls).toEqual([[1, 2, 3], [1], [2], [3]]);
    expect([...server.stored.keys()].sort()).toEqual([st(1).id, st(3).id]);
    expect(storage.items).toEqual([]);
    expect(changes.at(-1)).toEqual([]);
    queue.stop();
  });

  test('a refused statement can be sent again on request', async () => {
    let accept = false;
    const storage = memoryStorage();
    const server = fakeServer(() => (accept ? { status: 200 } : { status: 403, reason: 'foreign actor' }));
    const queue = statementQueue({ storage, transport: server.transport });
    await queue.enqueue([st(1)]);
    await queue.flush();
    expect(storage.items[0]!.rejected?.status).toBe(403);
    accept = true;
    await queue.retryRejected();
    expect(storage.items).toEqual([]);
    queue.stop();
  });
});

describe('the IndexedDB storage', () => {
  test('keeps the queue in order across reopening, adds each id once, updates and removes', async () => {
    const factory = new IDBFactory();
    const first = await indexedDbStorage(factory);
    const q = (n: number): QueuedStatement => ({ id: `s${n}`, statement: st(n), attempts: 0, notBefore: 0 });
    await first.add([q(3), q(1)]);
    await first.add([q(2), { ...q(3), attempts: 9 }]);
    await first.update([{ ...q(1), attempts: 2, notBefore: 5 }]);
    const reopened = await indexedDbStorage(factory);
    expect((await reopened.all()).map((x) => [x.id, x.attempts])).toEqual([
      ['s3', 0],
      ['s1', 2],
      ['s2', 0],
    ]);
    await reopened.remove(['s3', 's2']);
    expect((await reopened.all()).map((x) => x.id)).toEqual(['s1']);
  });

  test('when the database is deleted under an open page (the trainee clears site data), what is queued next is still kept', async () => {
    const factory = new IDBFactory();
    const storage = await indexedDbStorage(factory);
    const q = (n: number): QueuedStatement => ({ id: `s${n}`, statement: st(n), attempts: 0, notBefore: 0 });
    await storage.add([q(1)]);
    const deleting = factory.deleteDatabase('sta-records');
    await new Promise((resolve, reject) => {
      deleting.onsuccess = resolve;
      deleting.onerror = reject;
    });
    await storage.add([q(2)]);
    expect((await storage.all()).map((x) => x.id)).toEqual(['s2']);
  });
});

test('order survives an outage: what waited longest goes first, and the network coming back sends at once', async () => {
  let online = false;
  const clock = 0;
  const storage = memoryStorage();
  const server = fakeServer(() => (online ? { status: 200 } : { status: 'offline' }));
  const queue = statementQueue({ storage, transport: server.transport, now: () => clock, random: () => 0 });
  await queue.enqueue([st(1)]);
  await queue.flush();
  await queue.flush();
  await queue.enqueue([st(2), st(3)]); // queued behind st(1), which is waiting out its backoff
  await queue.flush();
  expect(server.calls).toEqual([[1]]);
  online = true;
  await queue.flush(true); // the browser says the network is back: no need to wait for the backoff
  expect(server.calls).toEqual([[1], [1, 2, 3]]);
  expect([...server.stored.keys()]).toEqual([st(1).id, st(2).id, st(3).id]);
  queue.stop();
});

test('on a shared browser each person sends and sees only what they queued; the rest waits for its owner', async () => {
  let online = false;
  let signedIn = 'E1001';
  const storage = memoryStorage();
  const server = fakeServer(() => (online ? { status: 200 } : { status: 'offline' }));
  const sentAs: string[] = [];
  const transport = (statements: unknown[]) => (sentAs.push(signedIn), server.transport(statements));
  const shown: number[][] = [];
  // Each page load on the browser starts its own queue on the same storage.
  const page = () =>
    statementQueue({ storage, transport, person: () => signedIn, random: () => 0, onChange: (items) => shown.push(items.map((q) => (q.statement as { n: number }).n)) });

  // The first person's work is queued while the network is away.
  const first = page();
  await first.enqueue([st(1), st(2)]);
  await first.flush(true);
  expect(storage.items.map((q) => q.owner)).toEqual(['E1001', 'E1001']);
  first.stop();

  // Somebody else signs in on the same browser, and the network is back: only their own goes.
  signedIn = 'E2002';
  online = true;
  let from = server.calls.length;
  const second = page();
  await second.enqueue([st(3)]);
  await second.flush(true);
  expect(server.calls.slice(from)).toEqual([[3]]);
  expect(sentAs.slice(from)).toEqual(['E2002']);
  expect(shown.at(-1)).toEqual([]); // nothing of the first person's is shown as waiting on the second's screen
  expect(storage.items.map((q) => (q.statement as { n: number }).n)).toEqual([1, 2]);
  second.stop();

  // The first person signs in again: their statements go, as theirs, in their order.
  signedIn = 'E1001';
  from = server.calls.length;
  const again = page();
  await again.flush(true);
  expect(server.calls.slice(from)).toEqual([[1, 2]]);
  expect(sentAs.slice(from)).toEqual(['E1001']);
  expect(storage.items).toEqual([]);
  again.stop();
});

test('statements queued before people were told apart go with whoever is signed in', async () => {
  const storage = memoryStorage([{ id: st(1).id, statement: st(1), attempts: 0, notBefore: 0 }]);
  const server = fakeServer(() => ({ status: 200 }));
  const queue = statementQueue({ storage, transport: server.transport, person: () => 'E2002' });
  await queue.flush();
  expect(server.calls).toEqual([[1]]);
  queue.stop();
});

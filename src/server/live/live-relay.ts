import { randomBytes } from 'node:crypto';
import type { Coordinator, Sql } from '../storage/sql';

const CHANNEL = 'sta_live';
/** NOTIFY carries at most 8,000 bytes (a Chinese character is 3 in UTF-8); a larger message goes through a table and its id is sent instead. */
const INLINE_LIMIT = 7000;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

type Envelope =
  | { k: 'in'; code: string; from: string; cid: string; address: string; text: string }
  | { k: 'gone'; code: string; from: string; cid: string }
  | { k: 'out'; to: string; items: { cid: string; text: string }[] };

export interface RelayHandlers {
  /** A message for a room this instance runs, from a socket on another instance. */
  onIn(code: string, from: string, cid: string, address: string, text: string): void;
  /** That socket closed. */
  onGone(code: string, from: string, cid: string): void;
  /** Text the room's owner sends to a socket on this instance. */
  deliver(cid: string, text: string): void;
}

/**
 * Live rooms across several instances on one PostgreSQL: each room is run by one instance, the
 * one holding its lock (taken when it is created or when a message finds it unowned; released by
 * PostgreSQL when that instance's connection dies). A phone connected to another instance is
 * relayed: its messages go to the owner and the owner's answers come back, over LISTEN/NOTIFY.
 * When an owner dies, the next message for the room, or the periodic check, lets another
 * instance take the room over from what the database holds (the saved state and the answer journal).
 */
export function liveRelay(sql: Sql, coordinator: Coordinator, handlers: RelayHandlers, log: (line: string) => void) {
  const instance = randomBytes(8).toString('hex');
  const owned = new Set<string>();
  const outgoing = new Map<string, { cid: string; text: string }[]>();
  let flushing = false;

  const publish = async (e: Envelope) => {
    const text = JSON.stringify(e);
    if (bytes(text) <= INLINE_LIMIT) return coordinator.publish(CHANNEL, text);
    const row = await sql.get<{ id: number }>('INSERT INTO live_relay (body, at) VALUES (?, ?) RETURNING id', [text, Date.now()]);
    await coordinator.publish(CHANNEL, JSON.stringify({ k: 'ref', id: row!.id }));
  };
  const send = (e: Envelope) => void publish(e).catch((err: unknown) => log(`live: relaying a message failed: ${(err as Error).message}`));

  const receive = (e: Envelope) => {
    if (e.k === 'in' && owned.has(e.code)) handlers.onIn(e.code, e.from, e.cid, e.address, e.text);
    else if (e.k === 'gone' && owned.has(e.code)) handlers.onGone(e.code, e.from, e.cid);
    else if (e.k === 'out' && e.to === instance) for (const item of e.items) handlers.deliver(item.cid, item.text);
  };

  /** Sends what the rooms run here said to sockets elsewhere: one message per instance and tick, split when large. */
  const flush = () => {
    flushing = false;
    for (const [to, items] of outgoing) {
      outgoing.delete(to);
      let batch: { cid: string; text: string }[] = [];
      let size = 0;
      for (const item of items) {
        const length = bytes(item.text);
        if (batch.length && size + length > INLINE_LIMIT) {
          send({ k: 'out', to, items: batch });
          batch = [];
          size = 0;
        }
        batch.push(item);
        size += length + 40;
      }
      if (batch.length) send({ k: 'out', to, items: batch });
    }
  };

  return {
    instance,
    async start() {
      await coordinator.listen(CHANNEL, (payload) => {
        let e: Envelope | { k: 'ref'; id: number };
        try {
          e = JSON.parse(payload) as Envelope | { k: 'ref'; id: number };
        } catch {
          return;
        }
        if (e.k !== 'ref') return receive(e);
        void sql
          .get<{ body: string }>('SELECT body FROM live_relay WHERE id = ?', [e.id])
          .then((row) => row && receive(JSON.parse(row.body) as Envelope))
          .catch((err: unknown) => log(`live: reading a relayed message failed: ${(err as Error).message}`));
      });
      // Relayed messages are read within moments; a minute later they are only clutter.
      setInterval(() => void sql.run('DELETE FROM live_relay WHERE at < ?', [Date.now() - 60_000]).catch(() => undefined), 30_000).unref();
    },
    /** Whether this instance runs the room, taking it when nobody does. */
    async owns(code: string): Promise<boolean> {
      if (owned.has(code)) return true;
      if (!(await coordinator.tryLock(`live:${code}`))) return false;
      owned.add(code);
      return true;
    },
    ownsNow: (code: string) => owned.has(code),
    async release(code: string) {
      if (!owned.delete(code)) return;
      await coordinator.unlock(`live:${code}`).catch(() => undefined);
    },
    forward: (code: string, cid: string, address: string, text: string) => send({ k: 'in', code, from: instance, cid, address, text }),
    gone: (code: string, cid: string) => send({ k: 'gone', code, from: instance, cid }),
    /** Queues text for a socket on instance `to`. */
    toRemote(to: string, cid: string, text: string) {
      const list = outgoing.get(to) ?? [];
      list.push({ cid, text });
      outgoing.set(to, list);
      if (!flushing) {
        flushing = true;
        setImmediate(flush);
      }
    },
    close: () => coordinator.close(),
  };
}

export type LiveRelay = ReturnType<typeof liveRelay>;

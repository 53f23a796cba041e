import { readLiveClientMessage, type LiveClientMessage } from '../../domain';
import type { Coordinator, Sql } from '../storage/sql';
import type { Client, Outlet } from './live-room';
import { liveRelay } from './live-relay';

export interface RelayedClientsOptions {
  sql: Sql;
  /** Several instances on one PostgreSQL: rooms are shared through it (see live-relay.ts); without it every room runs here. */
  coordinator?: Coordinator;
  log: (line: string) => void;
  /** Says a client's hello in a room run here. */
  hello: (c: Client, m: NonNullable<Client['hello']>) => Promise<void>;
  /** Runs a client's message in a room run here. */
  handle: (c: Client, m: LiveClientMessage) => Promise<void>;
  /** Queues a message from a client of another instance, to be handled in its turn. */
  enqueue: (c: Client, m: LiveClientMessage) => void;
  /** A client of another instance is gone. */
  leave: (c: Client) => void;
}

/**
 * The sockets connected here and, with several instances, the ones connected elsewhere whose
 * room runs here: each message runs in the instance that runs its room, relayed there when that
 * is another one, and a room whose instance is gone is taken over by one that has its clients.
 */
export function relayedClients({ sql, coordinator, log, hello, handle, enqueue, leave }: RelayedClientsOptions) {
  const local = new Map<string, Client>();
  const remote = new Map<string, Client>();
  const relay = coordinator
    ? liveRelay(
        sql,
        coordinator,
        {
          onIn(_code, from, cid, address, text) {
            const key = `${from}:${cid}`;
            let client = remote.get(key);
            if (!client) {
              client = { id: key, address, queue: Promise.resolve(), ws: { readyState: 1, OPEN: 1, send: (t: string) => relay!.toRemote(from, cid, t) } as Outlet };
              remote.set(key, client);
            }
            const read = readLiveClientMessage(text);
            if (read.ok) enqueue(client, read.message);
          },
          onGone(_code, from, cid) {
            const client = remote.get(`${from}:${cid}`);
            remote.delete(`${from}:${cid}`);
            if (client) leave(client);
          },
          deliver(cid, text) {
            const c = local.get(cid);
            if (c && c.ws.readyState === c.ws.OPEN) c.ws.send(text);
          },
        },
        log,
      )
    : undefined;
  const ready = relay?.start().catch((e: unknown) => log(`live: listening for other instances failed: ${(e as Error).message}`));

  /** Takes over a room whose instance is gone: its clients connected here say their hellos again, now to this instance. */
  async function adopt(code: string) {
    for (const c of local.values())
      if (c.relayed && c.code === code && c.hello) {
        c.relayed = false;
        await hello(c, c.hello);
      }
  }

  /** Runs a message here, or relays it to the instance that runs its room. */
  async function dispatch(c: Client, m: LiveClientMessage, text: string) {
    const greeting = m.t === 'trainer' || m.t === 'join' || m.t === 'screen';
    const code = greeting ? m.code : c.code;
    if (!relay || !code || m.t === 'ping') return handle(c, m);
    await ready;
    const had = relay.ownsNow(code);
    if (await relay.owns(code)) {
      if (!had) await adopt(code);
      if (greeting) c.relayed = false;
      return c.relayed ? undefined : handle(c, m);
    }
    if (greeting) {
      c.code = m.code;
      c.hello = m;
      c.relayed = true;
    }
    if (c.relayed) relay.forward(code, c.id, c.address, text);
    else await handle(c, m);
  }

  const takeOver = (code: string) =>
    void relay!
      .owns(code)
      .then((mine) => (mine ? adopt(code) : undefined))
      .catch((e: unknown) => log(`live: taking over room ${code} failed: ${(e as Error).message}`));

  return { local, relay, dispatch, takeOver };
}

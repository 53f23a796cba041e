import { stopTimers, type Room } from './live-room';
import type { RoomStore } from './room-store';

export interface OpenRoomsOptions {
  store: RoomStore;
  now: () => number;
  stamp: () => string;
  log: (line: string) => void;
  /** Unlocks a room this instance lets go, for another instance to run. */
  release: (code: string) => void;
}

/**
 * The rooms this instance runs, in memory: each loaded from the room store once, written back
 * after its changes, and let go when it is over, idle or run elsewhere.
 */
export function openRooms({ store, now, stamp, log, release }: OpenRoomsOptions) {
  const rooms = new Map<string, Room>();
  const loading = new Map<string, Promise<Room | undefined>>();

  /** The open room of a code, loaded (once, however many phones ask at the same moment) when it is not open here yet. */
  function room(code: string): Promise<Room | undefined> {
    const open = rooms.get(code);
    if (open) return Promise.resolve(open);
    let pending = loading.get(code);
    if (!pending) {
      pending = (async () => {
        const saved = await store.load(code);
        if (!saved) return undefined;
        const r: Room = rooms.get(code) ?? { state: saved.state, keyHash: saved.keyHash, version: saved.version, clients: new Set(), timers: {}, saving: Promise.resolve(), lastActive: now() };
        rooms.set(code, r);
        return r;
      })().finally(() => loading.delete(code));
      loading.set(code, pending);
    }
    return pending;
  }

  const persist = (r: Room): Promise<void> => {
    clearTimeout(r.saveTimer);
    r.saveTimer = undefined;
    r.saving = r.saving
      .then(async () => {
        if (await store.save(r.state, r.version, stamp())) r.version += 1;
        // Another instance runs the room now: this copy is stale and is let go.
        else evict(r, `room ${r.state.code} was taken over elsewhere`);
      })
      .catch((e: unknown) => log(`live: saving room ${r.state.code} failed: ${(e as Error).message}`));
    return r.saving;
  };
  const persistSoon = (r: Room) => {
    r.saveTimer ??= setTimeout(() => void persist(r), 250);
  };

  /** Lets a room go from this instance: unlocked and forgotten (ended and empty, idle, or taken over); the database keeps it. */
  function evict(r: Room, why: string) {
    if (rooms.get(r.state.code) !== r) return;
    rooms.delete(r.state.code);
    clearTimeout(r.saveTimer);
    stopTimers(r);
    release(r.state.code);
    if (why) log(`live: ${why}`);
  }

  return { rooms, room, persist, persistSoon, evict };
}

import type { QueuedStatement } from '../domain';

/** Where queued statements live until the server has them. Oldest first. */
export interface QueueStorage {
  all(): Promise<QueuedStatement[]>;
  /** Adds statements whose id is not there yet (a statement is queued once). */
  add(items: QueuedStatement[]): Promise<void>;
  /** Replaces stored copies (attempts, backoff, refusal). */
  update(items: QueuedStatement[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
}

type Stored = QueuedStatement & { order: number };

const DB_NAME = 'sta-records';
const STORE = 'queue';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

/**
 * The queue in IndexedDB: it survives reloads, crashes and closed tabs, and a write is
 * committed before the statement is sent.
 */
export async function indexedDbStorage(factory: IDBFactory = indexedDB): Promise<QueueStorage> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('order', 'order');
  };
  const db = await request(open);
  let counter = 0;
  return {
    async all() {
      const tx = db.transaction(STORE, 'readonly');
      const items = (await request(tx.objectStore(STORE).index('order').getAll())) as Stored[];
      return items.map(({ order: _o, ...q }) => q);
    },
    async add(items) {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const item of items) {
        const existing = await request(store.getKey(item.id));
        if (existing === undefined) store.add({ ...item, order: Date.now() * 1000 + (counter++ % 1000) } satisfies Stored);
      }
      await done(tx);
    },
    async update(items) {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const item of items) {
        const existing = (await request(store.get(item.id))) as Stored | undefined;
        if (existing) store.put({ ...item, order: existing.order } satisfies Stored);
      }
      await done(tx);
    },
    async remove(ids) {
      const tx = db.transaction(STORE, 'readwrite');
      for (const id of ids) tx.objectStore(STORE).delete(id);
      await done(tx);
    },
  };
}

/** The same queue in memory: for tests, and where IndexedDB is unavailable (some private windows). */
export function memoryStorage(initial: QueuedStatement[] = []): QueueStorage & { items: QueuedStatement[] } {
  const state = { items: [...initial] };
  return {
    get items() {
      return state.items;
    },
    all: async () => [...state.items],
    add: async (items) => {
      for (const item of items) if (!state.items.some((q) => q.id === item.id)) state.items.push(item);
    },
    update: async (items) => {
      state.items = state.items.map((q) => items.find((i) => i.id === q.id) ?? q);
    },
    remove: async (ids) => {
      state.items = state.items.filter((q) => !ids.includes(q.id));
    },
  };
}

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

/** What the browser throws on a connection it has closed (site data cleared, storage pressure, a long time in the background). */
const connectionLost = (error: unknown) => error instanceof DOMException && (error.name === 'InvalidStateError' || error.name === 'AbortError');

/**
 * The queue in IndexedDB: it survives reloads, crashes and closed tabs, and a write is
 * committed before the statement is sent. The browser may close the connection under a page that
 * stays open; the next use opens it again rather than losing what is being queued.
 */
export async function indexedDbStorage(factory: IDBFactory = indexedDB): Promise<QueueStorage> {
  let connection: Promise<IDBDatabase> | undefined;
  const connect = () => {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('order', 'order');
    };
    const opened = request(open);
    const forget = () => {
      if (connection === opened) connection = undefined;
    };
    opened.then((db) => {
      db.onclose = forget;
      // Another tab upgrading or deleting the database (the trainee clearing site data) must not be held up by this one.
      db.onversionchange = () => {
        db.close();
        forget();
      };
    }, forget);
    return (connection = opened);
  };
  await connect();
  /** Runs `work` in one transaction, once more on a fresh connection if the browser had closed this one. */
  const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const tx = (await (connection ?? connect())).transaction(STORE, mode);
        const result = await work(tx.objectStore(STORE));
        await done(tx);
        return result;
      } catch (error) {
        if (attempt > 0 || !connectionLost(error)) throw error;
        connection = undefined;
      }
    }
  };
  let counter = 0;
  return {
    async all() {
      const items = await run('readonly', (store) => request(store.index('order').getAll()) as Promise<Stored[]>);
      return items.map(({ order: _o, ...q }) => q);
    },
    add: (items) =>
      run('readwrite', async (store) => {
        for (const item of items) {
          const existing = await request(store.getKey(item.id));
          if (existing === undefined) store.add({ ...item, order: Date.now() * 1000 + (counter++ % 1000) } satisfies Stored);
        }
      }),
    update: (items) =>
      run('readwrite', async (store) => {
        for (const item of items) {
          const existing = (await request(store.get(item.id))) as Stored | undefined;
          if (existing) store.put({ ...item, order: existing.order } satisfies Stored);
        }
      }),
    remove: (ids) =>
      run('readwrite', async (store) => {
        for (const id of ids) store.delete(id);
      }),
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

import type { RateStore } from './rate-store';

/** Seconds to wait, rounded up, never 0 when there is a wait. */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * At most `max` hits per key in a sliding window of `windowMs`; a key over it waits until its
 * oldest hit leaves the window. Keys are namespaced by `name`, so limits never share counts.
 */
export function windowLimiter(store: RateStore, { name, max, windowMs, now = Date.now }: { name: string; max: number; windowMs: number; now?: () => number }) {
  const k = (key: string) => `${name}:${key}`;
  const waitOf = (oldest: number | undefined, t: number) => (oldest === undefined ? 1 : seconds(oldest + windowMs - t));
  return {
    /** Takes a slot: 0 when allowed (and counted), else the seconds to wait. */
    async take(key: string): Promise<number> {
      const t = now();
      const r = await store.take(k(key), t - windowMs, t, max);
      return r.taken ? 0 : waitOf(r.oldest, t);
    },
    /** Seconds to wait before the key may try again, or 0; counts nothing. */
    async retryAfter(key: string): Promise<number> {
      const t = now();
      const r = await store.peek(k(key), t - windowMs);
      return r.count >= max ? waitOf(r.oldest, t) : 0;
    },
    /** Counts a hit without asking (a failure found afterwards). */
    add: (key: string) => store.add(k(key), now()),
    clear: (key: string) => store.clear(k(key)),
  };
}

/**
 * A delay that doubles with each failure past the first `free` ones (1 s, 2 s, 4 s… up to the
 * window), measured from the latest failure: guessing slows down without a lock that someone
 * else could trigger.
 */
export function growingDelay(store: RateStore, { name, free, windowMs, now = Date.now }: { name: string; free: number; windowMs: number; now?: () => number }) {
  const k = (key: string) => `${name}:${key}`;
  return {
    async retryAfter(key: string): Promise<number> {
      const t = now();
      const r = await store.peek(k(key), t - windowMs);
      if (r.count < free || r.newest === undefined) return 0;
      const delay = Math.min(windowMs, 1000 * 2 ** (r.count - free));
      return r.newest + delay > t ? seconds(r.newest + delay - t) : 0;
    },
    add: (key: string) => store.add(k(key), now()),
    clear: (key: string) => store.clear(k(key)),
  };
}

export type WindowLimiter = ReturnType<typeof windowLimiter>;

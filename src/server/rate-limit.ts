/**
 * Counts events per key (a client address, a user name) in a sliding window: after `max` events
 * the key waits until the oldest one leaves the window. The caller decides what counts: failed
 * logins, live sessions started, certificate lookups.
 */
export function slidingWindowLimiter({ max, windowMs, now = Date.now }: { max: number; windowMs: number; now?: () => number }) {
  const events = new Map<string, number[]>();
  const recent = (key: string) => {
    const t = now();
    const list = (events.get(key) ?? []).filter((at) => t - at < windowMs);
    if (list.length) events.set(key, list);
    else events.delete(key);
    return list;
  };
  return {
    /** Seconds to wait before the key may act again, or 0. */
    retryAfter(key: string): number {
      const list = recent(key);
      return list.length >= max ? Math.ceil((list[0]! + windowMs - now()) / 1000) : 0;
    },
    /** Counts one event for the key. */
    record(key: string) {
      events.set(key, [...recent(key), now()]);
    },
    /** Forgets the key's events (a successful login wipes its failures). */
    forget(key: string) {
      events.delete(key);
    },
  };
}

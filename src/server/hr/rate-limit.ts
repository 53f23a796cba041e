/**
 * Failed logins counted per key (client address, and user name) in a sliding window: after
 * `max` failures the key waits until the oldest failure leaves the window.
 */
export function failureLimiter({ max, windowMs, now = Date.now }: { max: number; windowMs: number; now?: () => number }) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const t = now();
    const list = (failures.get(key) ?? []).filter((at) => t - at < windowMs);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  return {
    /** Seconds to wait before trying again, or 0. */
    retryAfter(key: string): number {
      const list = recent(key);
      return list.length >= max ? Math.ceil((list[0]! + windowMs - now()) / 1000) : 0;
    },
    fail(key: string) {
      failures.set(key, [...recent(key), now()]);
    },
    clear(key: string) {
      failures.delete(key);
    },
  };
}

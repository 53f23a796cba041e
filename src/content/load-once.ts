/**
 * `load` run once per key, its promise kept, so every caller (and a render that suspended on it and
 * comes back) gets the same one. A failed load is forgotten, so a "try again" really tries again
 * instead of replaying the failure.
 */
export function loadOnce<T>(load: (key: string) => Promise<T>): (key?: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key = '') => {
    let promise = cache.get(key);
    if (!promise) {
      promise = load(key);
      cache.set(key, promise);
      promise.catch(() => cache.delete(key));
    }
    return promise;
  };
}

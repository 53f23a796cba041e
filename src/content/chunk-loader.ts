/**
 * Loads content chunks (from `import.meta.glob`) once each. A failed load is forgotten, so a
 * "try again" really tries again instead of replaying the failure.
 */
export function chunkLoader<T>(loaders: Record<string, () => Promise<{ default: T }>>) {
  const cache = new Map<string, Promise<T>>();
  return (key: string, missing: string): Promise<T> => {
    const cached = cache.get(key);
    if (cached) return cached;
    const loader = loaders[key];
    if (!loader) return Promise.reject(new Error(missing));
    const promise = loader().then((m) => m.default);
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
    return promise;
  };
}

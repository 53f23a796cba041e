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
    // Marked as React's `use` reads a settled promise, so content loaded ahead (the first page's
    // module, preloaded before the first render) draws at once instead of suspending for a frame.
    const promise: Promise<T> & { status?: 'fulfilled'; value?: T } = loader().then((m) => Object.assign(promise, { status: 'fulfilled' as const, value: m.default }).value!);
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
    return promise;
  };
}

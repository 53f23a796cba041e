import { loadOnce } from './load-once';

/**
 * Loads content chunks (from `import.meta.glob`) once each. A failed load is forgotten, so a
 * "try again" really tries again instead of replaying the failure.
 */
export function chunkLoader<T>(loaders: Record<string, () => Promise<{ default: T }>>) {
  const once = loadOnce((key): Promise<T> => {
    // Marked as React's `use` reads a settled promise, so content loaded ahead (the first page's
    // module, preloaded before the first render) draws at once instead of suspending for a frame.
    const promise: Promise<T> & { status?: 'fulfilled'; value?: T } = loaders[key]!().then((m) => Object.assign(promise, { status: 'fulfilled' as const, value: m.default }).value!);
    return promise;
  });
  return (key: string, missing: string): Promise<T> => (Object.hasOwn(loaders, key) ? once(key) : Promise.reject(new Error(missing)));
}

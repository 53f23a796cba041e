import { useEffect, useState } from 'react';

/**
 * What `load` resolves to, or undefined while it loads (and if it fails: the page then shows ids
 * instead of texts). `load` is a `loadOnce` of course content, so every page shares one fetch.
 */
export function useLoaded<T>(load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (live) setValue(() => loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);
  return value;
}

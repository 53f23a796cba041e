import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { HrApiError, type HrErrorKind } from './hr-http';

interface Loaded<T> {
  key: string;
  data?: T;
  error?: HrErrorKind;
}

/**
 * Data from the HR API for `key`, fetched again whenever the key changes. While a new key loads,
 * the last data stays on screen (`loading` says it is stale); a superseded request is aborted and
 * its answer ignored; a 401 goes to `onUnauthorized` instead of showing as an error.
 */
export function useHrResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>, onUnauthorized: () => void) {
  const [attempt, setAttempt] = useState(0);
  const current = `${attempt}:${key}`;
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: '' });
  const fetchData = useEffectEvent(load);
  const unauthorized = useEffectEvent(onUnauthorized);

  useEffect(() => {
    const controller = new AbortController();
    fetchData(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ key: current, data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const kind = error instanceof HrApiError ? error.kind : 'server';
        if (kind === 'unauthorized') unauthorized();
        else setLoaded((previous) => ({ key: current, data: previous.data, error: kind }));
      },
    );
    return () => controller.abort();
  }, [current]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const settled = loaded.key === current;
  return { data: loaded.data, error: settled ? loaded.error : undefined, loading: !settled, retry };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveClientBody, LiveHello, LiveReadFailure, LiveServerMessage } from '../../domain';
import { liveSocketUrl } from './live-api';
import { openLiveConnection, type LiveConnection, type LiveStatus } from './live-connection';

export type Hello = LiveHello extends infer H ? (H extends unknown ? Omit<H, 'v'> : never) : never;

/**
 * A live socket for a component's whole life: the connection (reconnects, queue, protocol checks)
 * lives in `live-connection.ts`; this opens it once `hello` is known, reconnects at once when the
 * device comes back online or to the foreground, and hands every message it reads to `onMessage`
 * (and a message it could not read to `onRefused`). `hello` null waits; `send` is the same
 * function for the component's whole life.
 */
export function useLiveMessages(hello: Hello | null, onMessage: (message: LiveServerMessage) => void, onRefused?: (reason: LiveReadFailure) => void) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const connection = useRef<LiveConnection | undefined>(undefined);
  const onMessageRef = useRef(onMessage);
  const onRefusedRef = useRef(onRefused);
  useEffect(() => {
    onMessageRef.current = onMessage;
    onRefusedRef.current = onRefused;
  });
  const helloText = hello ? JSON.stringify(hello) : null;

  useEffect(() => {
    if (!helloText) return;
    const c = openLiveConnection({
      url: liveSocketUrl(),
      hello: JSON.parse(helloText) as Hello,
      onStatus: setStatus,
      onMessage: (m) => onMessageRef.current(m),
      onRefused: (reason) => onRefusedRef.current?.(reason),
    });
    connection.current = c;
    const wake = () => c.reconnectNow();
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      connection.current = undefined;
      c.close();
    };
  }, [helloText]);

  const send = useCallback((message: LiveClientBody) => connection.current?.send(message), []);
  return { status, send };
}

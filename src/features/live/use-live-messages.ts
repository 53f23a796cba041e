import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveClientBody, LiveHello, LiveServerMessage } from '../../domain';
import { liveSocketUrl } from './live-api';
import { openLiveConnection, type LiveConnection, type LiveStatus } from './live-connection';

type Hello = LiveHello extends infer H ? (H extends unknown ? Omit<H, 'v'> : never) : never;

/**
 * A live socket that hands every message it reads to `onMessage` (the phone remote and the
 * remote screen listen for more than their view: the console's state and the remote's commands).
 * `hello` null waits; `send` is the same function for the component's whole life.
 */
export function useLiveMessages(hello: Hello | null, onMessage: (message: LiveServerMessage) => void) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const connection = useRef<LiveConnection | undefined>(undefined);
  const onMessageRef = useRef(onMessage);
  useEffect(() => {
    onMessageRef.current = onMessage;
  });
  const helloText = hello ? JSON.stringify(hello) : null;

  useEffect(() => {
    if (!helloText) return;
    const c = openLiveConnection({ url: liveSocketUrl(), hello: JSON.parse(helloText) as Hello, onStatus: setStatus, onMessage: (m) => onMessageRef.current(m) });
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

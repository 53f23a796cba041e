import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveClientBody, LiveHello, LiveView, QuestionSet } from '../../domain';
import { liveSocketUrl } from './live-api';
import { openLiveConnection, type LiveConnection, type LiveStatus } from './live-connection';

export type { LiveStatus } from './live-connection';

type Hello = LiveHello extends infer H ? (H extends unknown ? Omit<H, 'v'> : never) : never;
const roleOf = { trainer: 'trainer', join: 'participant', screen: 'screen' } as const;

/**
 * A live socket for a component: the connection (reconnects, queue, protocol checks) lives in
 * `live-connection.ts`; this keeps its status and the last view for this role. `hello` null waits.
 * `send` is the same function for the component's whole life.
 */
export function useLiveSocket<V extends LiveView>(hello: Hello | null, onError?: (error: string, suggestion?: string) => void, onSets?: (sets: QuestionSet[]) => void) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [view, setView] = useState<V | undefined>(undefined);
  const connection = useRef<LiveConnection | undefined>(undefined);
  const errorRef = useRef(onError);
  const setsRef = useRef(onSets);
  useEffect(() => {
    errorRef.current = onError;
    setsRef.current = onSets;
  });
  const helloText = hello ? JSON.stringify(hello) : null;

  useEffect(() => {
    if (!helloText) return;
    const greeting = JSON.parse(helloText) as Hello;
    const c = openLiveConnection({
      url: liveSocketUrl(),
      hello: greeting,
      onStatus: setStatus,
      onMessage: (m) => {
        if (m.t === 'view' && m.view.role === roleOf[greeting.t]) setView(m.view as V);
        else if (m.t === 'error') errorRef.current?.(m.error, m.suggestion);
        else if (m.t === 'sets') setsRef.current?.(m.sets);
      },
      onRefused: (reason) => reason === 'versionMismatch' && errorRef.current?.('incompatible_version'),
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
  return { status, view, send };
}

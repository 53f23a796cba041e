import { useEffect, useRef, useState } from 'react';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The live endpoint on this page's own server (ws: or wss: to match the page). */
export const liveUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/live/ws`;

/**
 * A WebSocket that comes back by itself: after a drop it reconnects with growing pauses (0.5 s
 * to 5 s) and says hello again, so the server puts it back where it was. `hello` null waits.
 */
export function useLiveSocket<V>(hello: object | null, onError?: (error: string) => void) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [view, setView] = useState<V | undefined>(undefined);
  const socket = useRef<WebSocket | undefined>(undefined);
  const errorRef = useRef(onError);
  errorRef.current = onError;
  const helloText = hello ? JSON.stringify(hello) : null;

  useEffect(() => {
    if (!helloText) return;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const ws = new WebSocket(liveUrl());
      socket.current = ws;
      ws.onopen = () => {
        attempt = 0;
        setStatus('open');
        ws.send(helloText);
      };
      ws.onmessage = (e) => {
        const m = JSON.parse(String(e.data)) as { t: string; view?: V; error?: string };
        if (m.t === 'view') setView(m.view);
        else if (m.t === 'error' && m.error) errorRef.current?.(m.error);
      };
      ws.onclose = () => {
        if (stopped) return;
        setStatus('reconnecting');
        attempt += 1;
        timer = setTimeout(connect, Math.min(5000, 500 * 2 ** (attempt - 1)));
      };
    };
    setStatus('connecting');
    connect();
    const wake = () => {
      // Back from a tunnel or a locked phone: try now rather than wait out the pause.
      if (socket.current?.readyState === WebSocket.CLOSED) {
        clearTimeout(timer);
        connect();
      }
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
      socket.current?.close();
      setStatus('closed');
    };
  }, [helloText]);

  const send = (message: object) => {
    if (socket.current?.readyState === WebSocket.OPEN) socket.current.send(JSON.stringify(message));
  };
  return { status, view, send };
}

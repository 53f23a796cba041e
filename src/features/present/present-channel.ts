import { presentChannelName, readPresentMessage, type PresentMessage } from '../../domain';

/**
 * How the console and the screens of one module reach each other. BroadcastChannel joins the
 * windows of one browser; a screen on another machine follows the server instead (the
 * `useRemotePosition` hook of the screen page), so the pages depend only on this small shape.
 */
export interface PresentTransport {
  post(message: PresentMessage): void;
  /** Calls `listener` with each valid message for this module; returns the unsubscribe. */
  subscribe(listener: (message: PresentMessage) => void): () => void;
  close(): void;
}

const silent: PresentTransport = { post: () => {}, subscribe: () => () => {}, close: () => {} };

/** The module's channel between windows, or a transport that does nothing where there is no BroadcastChannel. */
export function openPresentChannel(moduleId: string): PresentTransport {
  if (typeof BroadcastChannel === 'undefined') return silent;
  const channel = new BroadcastChannel(presentChannelName(moduleId));
  const listeners = new Set<(message: PresentMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const read = readPresentMessage(event.data, moduleId);
    if (read.ok) for (const listener of listeners) listener(read.message);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}

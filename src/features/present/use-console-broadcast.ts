import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { PRESENT_PROTOCOL, type PresentCommand } from '../../domain';
import { openPresentChannel, type PresentTransport } from './present-channel';
import { holdConsolePresence } from './console-presence';
import { swapLastConsole } from './present-storage';

export interface ConsolePosition {
  slideId: string;
  black: boolean;
  white: boolean;
  reveal: number;
}

/**
 * The console's side of the channel: it sends the position on every change, on load (so a
 * reloaded console puts its screens back in step) and whenever a screen that follows it (or
 * follows none yet) says hello; it takes the keys pressed on its own screens. Each position says
 * how many of the slide's hidden parts the room has seen. `source` is this console's id, kept by
 * its tab; positions are numbered from the clock, so a reloaded console's come after its last.
 * When the tab goes on to another module, it takes the last module's screens along.
 */
export function useConsoleBroadcast(moduleId: string, source: string, position: ConsolePosition, onCommand: (command: PresentCommand) => void) {
  const transport = useRef<PresentTransport | undefined>(undefined);
  const latest = useRef({ position, onCommand });
  useLayoutEffect(() => {
    latest.current = { position, onCommand };
  });
  const seq = useRef(Date.now());

  const send = useCallback(() => {
    const { slideId, black, white, reveal } = latest.current.position;
    transport.current?.post({ v: PRESENT_PROTOCOL, type: 'position', moduleId, slideId, black, white, reveal, seq: seq.current++, source });
  }, [moduleId, source]);

  useEffect(() => {
    const channel = openPresentChannel(moduleId);
    transport.current = channel;
    const unsubscribe = channel.subscribe((message) => {
      if (message.type === 'hello' && (!message.console || message.console === source)) send();
      else if (message.type === 'command' && (!message.to || message.to === source)) latest.current.onCommand(message.action);
    });
    return () => {
      unsubscribe();
      channel.close();
      transport.current = undefined;
    };
  }, [moduleId, source, send]);

  // While this console is open its screens stay with it; once it has closed, a console opened since may take them.
  useEffect(() => holdConsolePresence(source), [source]);

  // The tab came from another module's console: that module's screens come here with it, as screens of this console.
  useEffect(() => {
    const last = swapLastConsole(moduleId, source);
    if (!last || last.moduleId === moduleId) return;
    const channel = openPresentChannel(last.moduleId);
    channel.post({ v: PRESENT_PROTOCOL, type: 'move', moduleId: last.moduleId, source: last.source, to: moduleId, console: source });
    channel.close();
  }, [moduleId, source]);

  const { slideId, black, white, reveal } = position;
  useEffect(send, [slideId, black, white, reveal, send]);
}

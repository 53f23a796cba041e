import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { PRESENT_PROTOCOL, type PresentCommand } from '../../domain';
import { openPresentChannel, type PresentTransport } from './present-channel';

const newSourceId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The console's side of the channel: it sends the position on every change, on load (so a
 * reloaded console puts its screens back in step) and whenever a screen says hello; it passes
 * on the keys pressed on a screen. Each position says how many of the slide's hidden parts the
 * room has seen, so a case's result or a grid's figures appear on the screen as the trainer reveals them.
 */
export function useConsoleBroadcast(moduleId: string, slideId: string, black: boolean, reveal: number, onCommand: (command: PresentCommand) => void) {
  const transport = useRef<PresentTransport | undefined>(undefined);
  const latest = useRef({ slideId, black, reveal, onCommand });
  useLayoutEffect(() => {
    latest.current = { slideId, black, reveal, onCommand };
  });
  const seq = useRef(0);
  const [source] = useState(newSourceId);

  const send = useCallback(() => {
    const { slideId: id, black: dark, reveal: shown } = latest.current;
    transport.current?.post({ v: PRESENT_PROTOCOL, type: 'position', moduleId, slideId: id, black: dark, reveal: shown, seq: seq.current++, source });
  }, [moduleId, source]);

  useEffect(() => {
    const channel = openPresentChannel(moduleId);
    transport.current = channel;
    const unsubscribe = channel.subscribe((message) => {
      if (message.type === 'hello') send();
      else if (message.type === 'command') latest.current.onCommand(message.action);
    });
    return () => {
      unsubscribe();
      channel.close();
      transport.current = undefined;
    };
  }, [moduleId, send]);

  useEffect(send, [slideId, black, reveal, send]);
}

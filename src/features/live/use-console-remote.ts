import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { presentElapsed, type ConsoleRemoteInput, type ConsoleRemoteLink, type RemoteCommand } from '../../domain';
import { trainerStorage } from './participant-id';
import { useLiveMessages } from './use-live-messages';

/**
 * The console's side of the phone remote: while the console runs a live session (the live panel
 * keeps its code and trainer key), it says where it stands on every change and after each
 * reconnect, and passes on the commands the remote sends to this console (not to another tab's).
 * Gives the session, for the remote's QR code and the results, or undefined.
 */
export function useConsoleRemote(input: ConsoleRemoteInput, onCommand: (command: RemoteCommand) => void): ConsoleRemoteLink | undefined {
  const session = useTrainerSession(input.moduleId);
  const latest = useRef({ input, onCommand });
  useLayoutEffect(() => {
    latest.current = { input, onCommand };
  });
  const { status, send } = useLiveMessages(session ? { t: 'trainer', code: session.code, key: session.key } : null, (m) => {
    if (m.t === 'remote' && m.to === latest.current.input.source) latest.current.onCommand(m.command);
  });
  const { source, moduleId, slideId, black, white, reveal, slideStartedAt, timer } = input;
  useEffect(() => {
    if (status !== 'open') return;
    const { timer: t } = latest.current.input;
    const elapsed = Math.round(presentElapsed(t, Date.now()));
    send({ t: 'console', state: { source, moduleId, slideId, black, white, reveal, elapsed, running: t.startedAt !== null, slideStartedAt: Math.round(Math.min(slideStartedAt, elapsed)) } });
  }, [status, send, source, moduleId, slideId, black, white, reveal, slideStartedAt, timer.startedAt, timer.banked]);
  return session;
}

/**
 * The session the live panel beside the console runs for this module. The panel keeps it in
 * local storage, which tells the same tab nothing when it changes, so it is read again every second.
 */
function useTrainerSession(moduleId: string): ConsoleRemoteLink | undefined {
  const text = useSyncExternalStore(
    (changed) => {
      const id = setInterval(changed, 1000);
      window.addEventListener('storage', changed);
      return () => {
        clearInterval(id);
        window.removeEventListener('storage', changed);
      };
    },
    () => {
      const s = trainerStorage.load(moduleId);
      return s ? `${s.code} ${s.key}` : '';
    },
  );
  if (!text) return undefined;
  const [code, key] = text.split(' ') as [string, string];
  return { code, key };
}

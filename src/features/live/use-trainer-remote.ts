import { useCallback, useEffect, useState } from 'react';
import type { ConsoleState, RemoteCommand, RemoteLink, RemoteSession, TrainerView } from '../../domain';
import { useLiveMessages } from './use-live-messages';

/**
 * The phone remote's session: it says hello with the trainer's key, asks where its console is
 * after each (re)connect, and sends commands addressed to that console. It also sees the live
 * question, so the trainer can reveal the answer from the phone.
 */
export function useTrainerRemote(link: RemoteLink): RemoteSession {
  const [console_, setConsole] = useState<{ state: ConsoleState; at: number } | undefined>(undefined);
  const [view, setView] = useState<TrainerView | undefined>(undefined);
  const [refused, setRefused] = useState(false);
  const { status, send } = useLiveMessages({ t: 'trainer', code: link.code, key: link.key }, (m) => {
    if (m.t === 'console' && m.state.source === link.console) setConsole({ state: m.state, at: Date.now() });
    else if (m.t === 'view' && m.view.role === 'trainer') setView(m.view);
    else if (m.t === 'error' && (m.error === 'no_session' || m.error === 'not_trainer')) setRefused(true);
  });
  useEffect(() => {
    if (status === 'open') send({ t: 'follow', console: link.console });
  }, [status, send, link.console]);
  const command = useCallback((c: RemoteCommand) => send({ t: 'remote', command: c, to: link.console }), [send, link.console]);
  const revealAnswer = useCallback(() => send({ t: 'reveal' }), [send]);
  const q = view?.question;
  const open = q && !view.revealed && (q.kind === 'quiz' || q.kind === 'poll');
  return {
    status: refused || view?.ended ? 'refused' : status,
    console: console_?.state,
    receivedAt: console_?.at ?? 0,
    question: open ? { answered: view.counts?.answered ?? 0, people: view.participants } : undefined,
    command,
    revealAnswer,
  };
}

import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ConsoleState, ScreenView } from '../../domain';
import { useLiveMessages } from './use-live-messages';

/**
 * An audience screen on another machine (`?live=CODE`) follows the console through the server:
 * the console it names (`follow`: that console only, with its reveals and white screen), else
 * whatever slide the session's trainer last sent.
 */
export function useRemotePosition(moduleId: string, follow: string | null): { slideId: string; black: boolean; white?: boolean; reveal?: number } | undefined {
  const [search] = useSearchParams();
  const code = search.get('live');
  const valid = code && /^\d{6}$/.test(code) ? code : null;
  const [view, setView] = useState<ScreenView | undefined>(undefined);
  const [followed, setFollowed] = useState<ConsoleState | undefined>(undefined);
  const { status, send } = useLiveMessages(valid ? { t: 'screen', code: valid } : null, (m) => {
    if (m.t === 'view' && m.view.role === 'screen') setView(m.view);
    else if (m.t === 'console' && follow && m.state.source === follow) setFollowed(m.state);
  });
  // After each (re)connect, ask for where the followed console is now rather than wait for its next move.
  useEffect(() => {
    if (status === 'open' && follow) send({ t: 'follow', console: follow });
  }, [status, follow, send]);
  if (follow) return followed && followed.moduleId === moduleId ? { slideId: followed.slideId, black: followed.black, white: followed.white, reveal: followed.reveal } : undefined;
  return view?.slide && view.slide.moduleId === moduleId ? { slideId: view.slide.slideId, black: view.slide.black } : undefined;
}

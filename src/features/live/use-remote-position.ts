import { useSearchParams } from 'react-router';
import type { ScreenView } from '../../domain';
import { useLiveSocket } from './live-socket';

/** An audience screen on another machine (`?live=CODE`) follows the console through the server. */
export function useRemotePosition(moduleId: string): { slideId: string; black: boolean } | undefined {
  const [search] = useSearchParams();
  const code = search.get('live');
  const { view } = useLiveSocket<ScreenView>(code && /^\d{6}$/.test(code) ? { t: 'screen', code } : null);
  return view?.slide && view.slide.moduleId === moduleId ? { slideId: view.slide.slideId, black: view.slide.black } : undefined;
}

import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { trainerStorage } from './participant-id';

/**
 * The live session an audience screen shows: the one named in its address (`?live=CODE`, a screen
 * on another machine), else the one this browser's console runs for the module, picked up as soon
 * as the console starts it.
 */
export function useLiveCode(moduleId: string): string | undefined {
  const [search] = useSearchParams();
  const named = search.get('live');
  const [local, setLocal] = useState(() => trainerStorage.load(moduleId)?.code);
  useEffect(() => {
    const update = () => setLocal(trainerStorage.load(moduleId)?.code);
    window.addEventListener('storage', update);
    return () => window.removeEventListener('storage', update);
  }, [moduleId]);
  return named && /^\d{6}$/.test(named) ? named : local;
}

import { useEffect, useState } from 'react';

/**
 * Milliseconds left on a timed question, on the server's clock: `serverNow` is the server's time
 * when the view was made, so a phone whose own clock is off still counts down with the room.
 * Undefined for an untimed question.
 */
export function useCountdown(deadline: number | undefined, serverNow: number | undefined): number | undefined {
  const [left, setLeft] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (deadline === undefined || serverNow === undefined) {
      const id = setTimeout(() => setLeft(undefined), 0);
      return () => clearTimeout(id);
    }
    const offset = serverNow - Date.now();
    const tick = () => setLeft(Math.max(0, deadline - (Date.now() + offset)));
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [deadline, serverNow]);
  return deadline === undefined ? undefined : left;
}

/** A question's deadline on the server's clock, if it has a time limit. */
export const deadlineOf = (q: { kind: string; pushedAt?: number; seconds?: number } | undefined) => (q?.kind === 'quiz' && q.pushedAt !== undefined && q.seconds !== undefined ? q.pushedAt + q.seconds * 1000 : undefined);

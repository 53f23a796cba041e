/**
 * When a timed question's countdown is read out to a screen reader: at a few thresholds, never
 * every second. Thresholds at or above the question's own limit are skipped (a 20-second item is
 * not announced at 30), and 0 is "time is up".
 */
export const COUNTDOWN_CUES = [60, 30, 10, 5, 0] as const;

/**
 * The last threshold a countdown has reached with `secondsLeft` on a question of `limit` seconds,
 * or undefined before the first: what an aria-live region says, so it changes only at a threshold.
 */
export function countdownCue(secondsLeft: number, limit: number): number | undefined {
  const left = Math.max(0, Math.ceil(secondsLeft));
  let reached: number | undefined;
  for (const cue of COUNTDOWN_CUES) if (cue < limit && left <= cue) reached = cue;
  return reached;
}

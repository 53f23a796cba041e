/**
 * The presenter's stopwatch, kept as wall-clock facts rather than a ticking counter, so a
 * reloaded console (or one whose tab was asleep) shows the right time.
 */
export interface PresentTimer {
  /** When the running stretch began (ms since epoch); null while paused. */
  startedAt: number | null;
  /** Time counted before the running stretch (ms). */
  banked: number;
}

/** A stopwatch at zero, running from `now`, or paused when `now` is left out. */
export const newPresentTimer = (now?: number): PresentTimer => ({ startedAt: now ?? null, banked: 0 });

/** Elapsed milliseconds at `now` (never negative, even if the clock was set back). */
export function presentElapsed(timer: PresentTimer, now: number): number {
  return timer.banked + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

export const isPresentTimerRunning = (timer: PresentTimer) => timer.startedAt !== null;

/** Pauses a running stopwatch, keeping what it counted; a paused one is returned as it is. */
export function pausePresentTimer(timer: PresentTimer, now: number): PresentTimer {
  return timer.startedAt === null ? timer : { startedAt: null, banked: presentElapsed(timer, now) };
}

/** Resumes a paused stopwatch from where it stopped; a running one is returned as it is. */
export function resumePresentTimer(timer: PresentTimer, now: number): PresentTimer {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

/** Back to zero, still running if it was running. */
export function resetPresentTimer(timer: PresentTimer, now: number): PresentTimer {
  return newPresentTimer(isPresentTimerRunning(timer) ? now : undefined);
}

/** True once the time spent is beyond the module's planned minutes. */
export function isPresentOverTime(elapsed: number, plannedMinutes: number): boolean {
  return elapsed > plannedMinutes * 60_000;
}

/**
 * A stopwatch reading as people read clocks: `05:09`, `1:05:09` past an hour; digits in the
 * locale's numbering system through Intl. Whole seconds, rounded down.
 */
export function formatPresentClock(ms: number, locale: string): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(locale, { useGrouping: false });
  return hours > 0 ? `${one.format(hours)}:${two.format(minutes)}:${two.format(seconds)}` : `${two.format(minutes)}:${two.format(seconds)}`;
}

/** Reads a stored stopwatch back, or undefined when it is not one. */
export function restorePresentTimer(value: unknown): PresentTimer | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { startedAt, banked } = value as Record<string, unknown>;
  const validStart = startedAt === null || (typeof startedAt === 'number' && Number.isFinite(startedAt));
  if (!validStart || typeof banked !== 'number' || !Number.isFinite(banked) || banked < 0) return undefined;
  return { startedAt: startedAt as number | null, banked };
}

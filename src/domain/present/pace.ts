/**
 * How the talk keeps to its plan, from the stopwatch and the slides' planned minutes
 * (`<Slide minutes={n}>`): time on the current slide against its own plan, and the whole
 * talk ahead of or behind where the plan would have it now.
 */
export interface PresentPace {
  /** Time on the current slide (ms). */
  slideElapsed: number;
  /** The current slide's plan (ms). */
  slidePlanned: number;
  /** The current slide has run past its plan. */
  slideOver: boolean;
  /**
   * Behind the plan (positive, ms) or ahead of it (negative): the time spent, against the
   * minutes of the slides already done plus as much of this slide's minutes as has gone by.
   */
  behind: number;
}

export interface PresentPaceInput {
  /** The stopwatch reading now (ms). */
  elapsed: number;
  /** The stopwatch reading when the current slide came up (ms). */
  slideStartedAt: number;
  /** The planned minutes of every slide, in order. */
  minutes: readonly number[];
  /** 0-based index of the current slide. */
  index: number;
}

const MINUTE = 60_000;

/** The pace at this moment (see PresentPace); never a negative time on the slide. */
export function presentPace({ elapsed, slideStartedAt, minutes, index }: PresentPaceInput): PresentPace {
  const slideElapsed = Math.max(0, elapsed - slideStartedAt);
  const slidePlanned = (minutes[index] ?? 0) * MINUTE;
  const before = minutes.slice(0, Math.max(0, index)).reduce((sum, m) => sum + m, 0) * MINUTE;
  const plannedNow = before + Math.min(slideElapsed, slidePlanned);
  return { slideElapsed, slidePlanned, slideOver: slideElapsed > slidePlanned, behind: elapsed - plannedNow };
}

/** Whole minutes of a duration, rounded toward zero so "1 minute behind" means at least one whole minute. */
export const wholeMinutes = (ms: number) => Math.trunc(ms / MINUTE) || 0;

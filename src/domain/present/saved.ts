import { restorePresentTimer, type PresentTimer } from './timer';

/** The console's place in a module, kept so a reload (or a new tab) carries on where it was. */
export interface SavedPresentation {
  slideId: string;
  black: boolean;
  timer: PresentTimer;
  /** The stopwatch's reading (ms) when this slide came up, so a reload keeps the slide's own time; older saves have none. */
  slideStartedAt?: number;
}

export const SAVED_PRESENTATION_VERSION = 1;

/** The stored text of a presentation (versioned, only the fields above). */
export function savePresentation(saved: SavedPresentation): string {
  const { slideId, black, timer, slideStartedAt } = saved;
  return JSON.stringify({ version: SAVED_PRESENTATION_VERSION, slideId, black, timer: { startedAt: timer.startedAt, banked: timer.banked }, slideStartedAt });
}

/** Reads a stored presentation back; anything unreadable or from another version is undefined (a console then starts afresh). */
export function restorePresentation(raw: string | null): SavedPresentation | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { version, slideId, black, timer, slideStartedAt } = parsed as Record<string, unknown>;
  const restored = restorePresentTimer(timer);
  if (version !== SAVED_PRESENTATION_VERSION || typeof slideId !== 'string' || typeof black !== 'boolean' || !restored) return undefined;
  const slideStart = typeof slideStartedAt === 'number' && Number.isFinite(slideStartedAt) && slideStartedAt >= 0 ? { slideStartedAt } : {};
  return { slideId, black, timer: restored, ...slideStart };
}

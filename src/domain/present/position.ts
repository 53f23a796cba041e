/**
 * Where a presentation stands: the slide shown and whether the audience screen is black.
 * One pure reducer moves it, so the console, the keys and the tests share the same bounds.
 */
export interface PresentPosition {
  /** 0-based index of the slide shown. */
  index: number;
  /** The audience sees a black screen (the B key). */
  black: boolean;
}

export type PresentAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'jump'; index: number }
  /** Sets the black screen, or toggles it when `on` is left out. */
  | { type: 'black'; on?: boolean };

const clamp = (index: number, slideCount: number) => Math.min(Math.max(index, 0), Math.max(slideCount - 1, 0));

/**
 * The position after `action` in a module of `slideCount` slides. Moves stop at the first and
 * last slide (a clicker pressed once too often stays put); a jump outside the module lands on
 * its nearest end; a jump to a non-integer is ignored. Turning slides leaves the black screen
 * as it is: only the trainer's B brings the picture back. Returns `state` itself when nothing changes.
 */
export function presentReducer(state: PresentPosition, action: PresentAction, slideCount: number): PresentPosition {
  const move = (index: number) => {
    const next = clamp(index, slideCount);
    return next === state.index ? state : { ...state, index: next };
  };
  switch (action.type) {
    case 'next':
      return move(state.index + 1);
    case 'prev':
      return move(state.index - 1);
    case 'first':
      return move(0);
    case 'last':
      return move(slideCount - 1);
    case 'jump':
      return Number.isInteger(action.index) ? move(action.index) : state;
    case 'black': {
      const black = action.on ?? !state.black;
      return black === state.black ? state : { ...state, black };
    }
  }
}

/** The position a stored or linked slide id stands for: its index, or the first slide when the id is unknown. */
export function presentPositionOf(slideIds: readonly string[], slideId: string | null | undefined, black = false): PresentPosition {
  const index = slideId ? slideIds.indexOf(slideId) : -1;
  return { index: Math.max(index, 0), black };
}

/**
 * Reads a slide number as typed into "go to slide": digits, ASCII or full-width (a Chinese
 * input method types `３`), 1-based. Returns the 0-based index, or undefined when it is not a
 * slide of this module.
 */
export function parseSlideNumber(text: string, slideCount: number): number | undefined {
  const ascii = text.trim().replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  if (!/^\d{1,4}$/.test(ascii)) return undefined;
  const n = Number(ascii);
  return n >= 1 && n <= slideCount ? n - 1 : undefined;
}

/**
 * Where a presentation stands: the slide shown and whether the audience screen is black.
 * One pure reducer moves it, so the console, the keys and the tests share the same bounds.
 */
export interface PresentPosition {
  /** 0-based index of the slide shown. */
  index: number;
  /** The audience sees a black screen (the B key). */
  black: boolean;
  /** The audience sees a white screen (the W key); never with `black`. */
  white?: boolean;
  /** How many of the slide's hidden parts (a case's result, a grid's figures) the room has seen; left out for none. */
  reveal?: number;
}

export type PresentAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'jump'; index: number }
  /** Shows the slide's next hidden part without turning the slide. */
  | { type: 'reveal' }
  /** Sets the black screen, or toggles it when `on` is left out. */
  | { type: 'black'; on?: boolean }
  /** Sets the white screen, or toggles it when `on` is left out. */
  | { type: 'white'; on?: boolean };

const clamp = (index: number, slideCount: number) => Math.min(Math.max(index, 0), Math.max(slideCount - 1, 0));

/**
 * The position after `action` in a module of `slideCount` slides. Moves stop at the first and
 * last slide (a clicker pressed once too often stays put); a jump outside the module lands on
 * its nearest end; a jump to a non-integer is ignored. Turning slides leaves the black screen
 * as it is: only the trainer's B brings the picture back. Returns `state` itself when nothing changes.
 *
 * `revealSteps[i]` is how many hidden parts slide `i` has. As with a clicker in any slide tool,
 * "next" first reveals them one at a time, then turns the slide; "prev" hides the last one
 * shown, then goes back to the previous slide as the room last saw it (all shown); a jump
 * starts a slide with everything hidden.
 */
export function presentReducer(state: PresentPosition, action: PresentAction, slideCount: number, revealSteps: readonly number[] = []): PresentPosition {
  const shown = state.reveal ?? 0;
  const steps = (index: number) => Math.max(0, Math.floor(revealSteps[index] ?? 0));
  const blank = state.white ? { black: state.black, white: true } : { black: state.black };
  const withReveal = (index: number, reveal: number): PresentPosition => (reveal > 0 ? { index, ...blank, reveal } : { index, ...blank });
  const move = (index: number, reveal = 0) => {
    const next = clamp(index, slideCount);
    return next === state.index ? state : withReveal(next, reveal);
  };
  switch (action.type) {
    case 'next':
      return shown < steps(state.index) ? withReveal(state.index, shown + 1) : move(state.index + 1);
    case 'prev':
      if (shown > 0) return withReveal(state.index, Math.min(shown, steps(state.index)) - 1);
      return move(state.index - 1, steps(state.index - 1));
    case 'reveal':
      return shown < steps(state.index) ? withReveal(state.index, shown + 1) : state;
    case 'first':
      return move(0);
    case 'last':
      return move(slideCount - 1);
    case 'jump':
      return Number.isInteger(action.index) ? move(action.index) : state;
    case 'black': {
      const black = action.on ?? !state.black;
      if (black === state.black && !(black && state.white)) return state;
      const { white: _white, ...rest } = state;
      return { ...rest, black };
    }
    case 'white': {
      const white = action.on ?? !state.white;
      if (white === Boolean(state.white) && !(white && state.black)) return state;
      const { white: _white, ...rest } = state;
      return white ? { ...rest, black: false, white: true } : { ...rest, black: false };
    }
  }
}

/** The position a stored or linked slide id stands for: its index, or the first slide when the id is unknown. */
export function presentPositionOf(slideIds: readonly string[], slideId: string | null | undefined, black = false): PresentPosition {
  const index = slideId ? slideIds.indexOf(slideId) : -1;
  return { index: Math.max(index, 0), black };
}

/** The number of hidden parts shown, as read from an address (`?reveal=2`): within 0…`steps`, 0 when unreadable. */
export function parseRevealCount(text: string | null | undefined, steps: number): number {
  if (!text || !/^\d{1,3}$/.test(text)) return 0;
  return Math.min(Number(text), Math.max(0, steps));
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

import { useLayoutEffect, type RefObject } from 'react';

/** The smallest type a projector may fall to: below it the back row cannot read, and a clipped end is the lesser harm. */
const MIN_FIT = 0.5;

/**
 * Keeps what the projector shows within the screen, as presentation software does: when the
 * question, its scenario and its answers are taller than the room the stage leaves them, their
 * type shrinks (`--fit`, a factor of the stage's type) until they fit, and grows back when there
 * is room again: the screen cannot scroll. Measured again when `content` (a new view: a reveal,
 * a new question) or `language` changes, and when the window is resized. Set on the element directly,
 * so a resize re-renders nothing.
 */
export function useFitToScreen(box: RefObject<HTMLElement | null>, content: unknown, language: string) {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => {
      el.style.setProperty('--fit', '1');
      let scale = 1;
      // Text reflows as it shrinks, so the overflow is not proportional: a few steps close in on it.
      for (let step = 0; step < 6 && el.scrollHeight > el.clientHeight + 1 && scale > MIN_FIT; step++) {
        scale = Math.max(MIN_FIT, scale * Math.min(0.95, Math.sqrt(el.clientHeight / el.scrollHeight)));
        el.style.setProperty('--fit', scale.toFixed(3));
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(el.parentElement ?? el);
    return () => observer.disconnect();
  }, [box, content, language]);
}

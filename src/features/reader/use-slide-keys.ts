import { useEffect, useLayoutEffect, useRef } from 'react';

declare global {
  interface Window {
    /** Slide turns asked for before the page's code ran (see `useSlideKeys`). */
    staEarlyKeys?: (-1 | 1)[];
  }
}

/**
 * ←/→ (and PageUp/PageDown, as presentation clickers send) turn slides, except while typing.
 * `move` is read through a ref refreshed in a layout effect, so a key pressed the moment focus
 * lands on a new slide already uses that slide's neighbours.
 */
export function useSlideKeys(move: (delta: -1 | 1) => void) {
  const moveRef = useRef(move);
  useLayoutEffect(() => {
    moveRef.current = move;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const delta = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
      if (delta === 0) return;
      e.preventDefault();
      moveRef.current(delta);
    };
    document.addEventListener('keydown', onKey);
    // Keys pressed on a module page before its app had loaded, queued by index.html's head script
    // (build/route-preload-plugin.ts): turned now, in order, and the queue closed.
    const early = window.staEarlyKeys;
    window.staEarlyKeys = undefined;
    for (const delta of early ?? []) moveRef.current(delta);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

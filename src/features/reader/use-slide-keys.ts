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
  // Listening from the commit that shows the slide, not after the paint: a key pressed the moment
  // the slide appears (a clicker held down, keys typed ahead) finds the listener there.
  const early = useRef<(-1 | 1)[]>(undefined);
  useLayoutEffect(() => {
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
    // (build/route-preload-plugin.ts): the queue is closed here, as this listener takes over…
    const queued = window.staEarlyKeys;
    window.staEarlyKeys = undefined;
    if (queued) early.current = queued;
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // …and its keys are turned once the page is mounted (a turn is a navigation), in order.
  useEffect(() => {
    for (const delta of early.current ?? []) moveRef.current(delta);
    early.current = undefined;
  }, []);
}

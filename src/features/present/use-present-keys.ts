import { useEffect, useLayoutEffect, useRef } from 'react';

export type PresentKey = 'next' | 'prev' | 'first' | 'last' | 'black' | 'fullscreen' | 'goto' | 'help';

/** Where a key press belongs to what has focus: typing, a dialog, or a control that Space activates. */
function belongsToFocus(e: KeyboardEvent): boolean {
  const target = e.target instanceof Element ? e.target : null;
  if (!target) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog, [role="dialog"]')) return true;
  return e.key === ' ' && Boolean(target.closest('button, a[href], summary, [role="button"], [role="link"]'));
}

/**
 * Reads a key press as a presenter shortcut: ←/→, Space and PageUp/PageDown (what clickers send)
 * turn slides, Home/End go to the ends, B (and `.`, some clickers' blank key) blacks the screen,
 * F full screen, G go to, ? help. Never while typing, in a dialog, or with Ctrl/Alt/⌘.
 */
export function presentKey(e: KeyboardEvent): PresentKey | undefined {
  if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.altKey || e.metaKey || belongsToFocus(e)) return undefined;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'g':
    case 'G':
      return 'goto';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}

/** Calls `onKey` with each presenter shortcut pressed anywhere on the page (see `presentKey`). */
export function usePresentKeys(onKey: (key: PresentKey) => void) {
  const onKeyRef = useRef(onKey);
  useLayoutEffect(() => {
    onKeyRef.current = onKey;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      const key = presentKey(e);
      if (!key) return;
      e.preventDefault();
      onKeyRef.current(key);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

/** Full screen on, or off again; quietly nothing where the browser does not allow it. */
export function toggleFullscreen() {
  const done = document.fullscreenElement ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.();
  done?.catch(() => {});
}

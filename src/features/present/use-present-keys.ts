import { useEffect, useLayoutEffect, useRef } from 'react';
import { readPresentKey, type PresentKey } from '../../domain';

export type { PresentKey } from '../../domain';
/** A shortcut, or a slide number typed and confirmed with Enter (1-based). */
export type PresentKeyInput = PresentKey | { jump: number };

/**
 * Whether a key press belongs to what has focus: typing in a field, or a dialog. A focused
 * button does not keep Space: as in PowerPoint, Space after clicking "Next" still turns the
 * slide (and Shift+Space goes back) instead of pressing the button again; Enter still presses it.
 */
function belongsToFocus(e: KeyboardEvent): boolean {
  const target = e.target instanceof Element ? e.target : null;
  return Boolean(target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog, [role="dialog"]'));
}

/**
 * Calls `onKey` with each presenter shortcut pressed anywhere on the page (the key map is
 * `readPresentKey` in the domain): never while typing, in a dialog, or with Ctrl/Alt/⌘.
 */
export function usePresentKeys(onKey: (key: PresentKeyInput) => void) {
  const onKeyRef = useRef(onKey);
  useLayoutEffect(() => {
    onKeyRef.current = onKey;
  });
  useEffect(() => {
    let typed = '';
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.altKey || e.metaKey || belongsToFocus(e)) {
        typed = '';
        return;
      }
      const read = readPresentKey(e, typed);
      typed = read.typed;
      if (!read.handled) return;
      e.preventDefault();
      if (read.key) onKeyRef.current(read.key);
      else if (read.jump !== undefined) onKeyRef.current({ jump: read.jump });
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

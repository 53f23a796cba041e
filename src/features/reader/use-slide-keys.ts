import { useEffect } from 'react';

/** ←/→ (and PageUp/PageDown, as presentation clickers send) turn slides, except while typing. */
export function useSlideKeys(onPrevious: (() => void) | undefined, onNext: (() => void) | undefined) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if ((e.key === 'ArrowRight' || e.key === 'PageDown') && onNext) {
        e.preventDefault();
        onNext();
      } else if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && onPrevious) {
        e.preventDefault();
        onPrevious();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onPrevious, onNext]);
}

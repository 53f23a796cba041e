import { useEffect, useRef } from 'react';
import { focusHeadingOnceDrawn } from '../../ui/focus-heading';

/**
 * Moves focus to the new page's first heading when the page changes and the link that had focus
 * went away with the old page: otherwise a screen reader says nothing of the new page and Tab
 * starts again from wherever the browser guesses. Focus that stayed somewhere (the header's
 * links, a page that placed it itself, as the reader does on its slide) is left where it is.
 * Pages draw once their code is in, so the heading is waited for.
 */
export function useFocusOnPageChange(pathname: string, main: React.RefObject<HTMLElement | null>) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    return focusHeadingOnceDrawn(root);
  }, [pathname, main]);
}

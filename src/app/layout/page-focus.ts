import { useEffect, useRef } from 'react';

/**
 * Whether keyboard focus has nowhere to be: the element that had it went away with its page, or
 * was hidden by it (a link in the phone menu, which closes on a new page).
 */
function focusLost() {
  const at = document.activeElement;
  if (!at || at === document.body || !at.isConnected) return true;
  return typeof at.checkVisibility === 'function' && !at.checkVisibility();
}

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
    const place = () => {
      if (!focusLost()) return true;
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      // A new page opens at its top, as a page the browser loads does: the router keeps the old
      // page's scroll (a form sent from the foot of a phone's screen opened home 195 px down).
      const page = document.scrollingElement;
      if (page) page.scrollTop = 0;
      return true;
    };
    if (place()) return;
    const observer = new MutationObserver(() => {
      if (place()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, main]);
}

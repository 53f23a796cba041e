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
 * When focus has nowhere to be (what had it went away), puts it on the first heading in `root`,
 * waiting for the heading to be drawn, and shows the page from its top. Gives back a function
 * that stops waiting.
 */
export function focusHeadingOnceDrawn(root: HTMLElement): () => void {
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
  if (place()) return () => {};
  const observer = new MutationObserver(() => {
    if (place()) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

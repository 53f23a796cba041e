/** A presenter href with the black screen added to its `?slide=` query when it is on. */
export const positionHref = (href: string, black: boolean) => (black ? `${href}${href.includes('?') ? '&' : '?'}black=1` : href);

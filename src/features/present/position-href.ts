/** A presenter href with the black screen and the parts revealed added to its `?slide=` query when there are any. */
export const positionHref = (href: string, black: boolean, reveal = 0) => {
  const extra = [black ? 'black=1' : '', reveal > 0 ? `reveal=${reveal}` : ''].filter(Boolean).join('&');
  return extra ? `${href}${href.includes('?') ? '&' : '?'}${extra}` : href;
};

/** The query of a presenter position (`slide`, and `black` and `reveal` when set). */
export const positionSearch = (slideId: string, black: boolean, reveal = 0) =>
  new URLSearchParams({ slide: slideId, ...(black ? { black: '1' } : {}), ...(reveal > 0 ? { reveal: String(reveal) } : {}) });

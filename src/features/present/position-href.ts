/** The parts of a presenter position an address keeps besides the slide. */
export interface PositionExtras {
  black: boolean;
  white?: boolean;
  reveal?: number;
  /** The console a screen follows. */
  console?: string;
}

/** A presenter href with the blank screen, the parts revealed and the console followed added to its `?slide=` query when there are any. */
export const positionHref = (href: string, { black, white = false, reveal = 0, console }: PositionExtras) => {
  const extra = [black ? 'black=1' : '', white ? 'white=1' : '', reveal > 0 ? `reveal=${reveal}` : '', console ? `console=${encodeURIComponent(console)}` : ''].filter(Boolean).join('&');
  return extra ? `${href}${href.includes('?') ? '&' : '?'}${extra}` : href;
};

/** The query of a presenter position (`slide`, and `black`, `white` and `reveal` when set). */
export const positionSearch = (slideId: string, { black, white = false, reveal = 0 }: PositionExtras) =>
  new URLSearchParams({ slide: slideId, ...(black ? { black: '1' } : {}), ...(white ? { white: '1' } : {}), ...(reveal > 0 ? { reveal: String(reveal) } : {}) });

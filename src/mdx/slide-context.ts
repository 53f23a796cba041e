import { createContext, useContext } from 'react';

export interface SlideContextValue {
  /** The slide to show, or 'all' to render every slide (print, checks). */
  activeId: string | 'all';
  showNotes: boolean;
  /** Called with the active slide's heading, so the reader can move focus to it. */
  headingRef?: (el: HTMLHeadingElement | null) => void;
  /**
   * Where shown notes go instead of inside their slide: the presenter console's notes panel,
   * a printed page's notes box. `null` while that element is not there yet (nothing shows).
   */
  notesTarget?: Element | null;
  /** The notes' accessible name where several slides' notes share a page (print); "trainer notes" otherwise. */
  notesLabel?: string;
}

export const SlideContext = createContext<SlideContextValue>({ activeId: 'all', showNotes: false });
export const useSlideContext = () => useContext(SlideContext);

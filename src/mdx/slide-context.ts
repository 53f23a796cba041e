import { createContext, useContext } from 'react';

export interface SlideContextValue {
  /** The slide to show, or 'all' to render every slide (print, checks). */
  activeId: string | 'all';
  showNotes: boolean;
  /** Called with the active slide's heading, so the reader can move focus to it. */
  headingRef?: (el: HTMLHeadingElement | null) => void;
}

export const SlideContext = createContext<SlideContextValue>({ activeId: 'all', showNotes: false });
export const useSlideContext = () => useContext(SlideContext);

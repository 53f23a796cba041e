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
  /**
   * Presenter mode: how many of the slide's hidden parts (a case's result, a grid's figures) the
   * room has seen. Left out, everything shows: a self-paced trainee, print, the next-slide preview.
   */
  revealed?: number;
  /** The console: parts not yet revealed show to the trainer, marked as hidden from the room. */
  revealPreview?: boolean;
}

/** Whether the part at `step` (0-based, in the slide's reveal order) is hidden from the room, and how to show it. */
export function revealState(context: SlideContextValue, step: number): 'shown' | 'hidden' | 'preview' {
  if (context.revealed === undefined || step < context.revealed) return 'shown';
  return context.revealPreview ? 'preview' : 'hidden';
}

export const SlideContext = createContext<SlideContextValue>({ activeId: 'all', showNotes: false });
export const useSlideContext = () => useContext(SlideContext);

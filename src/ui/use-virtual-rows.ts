import { useLayoutEffect, useRef, useState } from 'react';

interface Options {
  /** How many rows there are in all. */
  count: number;
  /** Every row's height in pixels (fixed, so no row needs measuring). */
  rowHeight: number;
  /** Pixels above the first row inside the scroller, such as a sticky header. */
  offset?: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
  overscan?: number;
  /** The viewport height until it is measured (and where nothing has layout, as in jsdom). */
  fallbackHeight?: number;
  /** Changes when the rows are a new result (another sort, filter or page): the list goes back to its top. */
  resetKey?: string;
}

/**
 * Windowing for a long list of fixed-height rows: only the rows in view, plus `overscan` on
 * each side, are rendered. Attach `ref` to the scrolling element; render rows `start`…`end - 1`
 * at `top(i)` inside a box `totalHeight` tall. Re-renders only when a new row comes into view.
 */
export function useVirtualRows<T extends HTMLElement = HTMLDivElement>({ count, rowHeight, offset = 0, overscan = 6, fallbackHeight = 480, resetKey }: Options) {
  const ref = useRef<T>(null);
  const [viewport, setViewport] = useState(fallbackHeight);
  const [firstVisible, setFirstVisible] = useState(0);

  // Layout effects, so the list listens (and a new result is back at its top) as soon as it is in
  // the DOM: a scroll between React's commit and its later passive effects would otherwise be
  // read, then undone by the reset below.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0) setViewport(el.clientHeight);
    };
    const onScroll = () => setFirstVisible(Math.max(0, Math.floor((el.scrollTop - offset) / rowHeight)));
    measure();
    onScroll();
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [offset, rowHeight]);

  // A new result starts at the top, in the same element, so whatever had focus in it (a column header) keeps it.
  useLayoutEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setFirstVisible(0);
  }, [resetKey]);

  const inView = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.min(Math.max(0, firstVisible - overscan), Math.max(0, count - 1));
  const end = Math.min(count, firstVisible + inView + overscan);
  return { ref, start, end: Math.max(start, end), totalHeight: count * rowHeight, top: (index: number) => index * rowHeight };
}

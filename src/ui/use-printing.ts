import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed (or previewed for print). A list that draws only the rows
 * in view draws them all while this is true, so paper gets every row, not the window's worth.
 * The render before printing is synchronous: the browser lays out the page for print right
 * after `beforeprint` returns.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('print');
    const onChange = () => setPrinting(query.matches);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(query.matches);
    query.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

import { useEffect, useRef } from 'react';

/**
 * Where focus goes when a list item is removed with its own button: the button now in its place
 * (or the last one), or the section's heading once none is left, instead of falling to the page's
 * start. `buttons` selects the items' remove buttons within the section; `items` is the list, so
 * focus moves once the removal has been drawn.
 */
export function useFocusAfterRemoval(items: unknown, buttons: string) {
  const section = useRef<HTMLElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const left = section.current?.querySelectorAll<HTMLElement>(buttons) ?? [];
    (left[Math.min(at, left.length - 1)] ?? section.current?.querySelector<HTMLElement>('h2'))?.focus();
  }, [items, buttons]);
  /** Call as the item at `index` is removed. */
  const removing = (index: number) => {
    focusAt.current = index;
  };
  return { section, removing };
}

import type { ReactNode } from 'react';
import { ScrollRegion } from '../../ui/scroll-region';

/**
 * A table that may be wider than the screen (long names and departments): it scrolls in its own
 * box, which takes keyboard focus so that the arrow keys scroll it too, named for the table.
 */
export function TableScroll({ label, panel = false, children }: { label: string; /** Drawn as a panel of its own. */ panel?: boolean; children: ReactNode }) {
  return (
    <ScrollRegion className={panel ? 'hr-panel hr-table-scroll' : 'hr-table-scroll'} label={label}>
      {children}
    </ScrollRegion>
  );
}

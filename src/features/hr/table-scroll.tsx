import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table that may be wider than the screen (long names and departments): it scrolls in its own
 * box, which takes keyboard focus so that the arrow keys scroll it too, named for the table.
 */
export function TableScroll({ label, panel = false, children }: { label: string; /** Drawn as a panel of its own. */ panel?: boolean; children: ReactNode }) {
  const { t } = useTranslation('hr');
  return (
    <div className={panel ? 'hr-panel hr-table-scroll' : 'hr-table-scroll'} role="region" aria-label={t('tableScroll', { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The box of a table that may be wider than the screen: on a narrow phone the table scrolls
 * sideways in it, not the page (WCAG 1.4.10 lets a table keep its two dimensions). The box takes
 * keyboard focus so that the arrow keys scroll it too, and is named for the table it holds, said
 * to scroll (a name apart from the section around it, which may carry the same title).
 */
export function ScrollRegion({ label, className = 'table-scroll', children }: { label: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={className} role="region" aria-label={t('app.tableScroll', { name: label })} tabIndex={0}>
      {children}
    </div>
  );
}

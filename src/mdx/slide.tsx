import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropsOf } from '../content/vocabulary';
import { useSlideContext } from './slide-context';

export function Slide({ id, title, added, children }: PropsOf<'Slide'> & { children?: ReactNode }) {
  const { activeId, headingRef } = useSlideContext();
  const { t } = useTranslation();
  if (activeId !== 'all' && activeId !== id) return null;
  const headingId = `slide-${id}`;
  return (
    <section className="slide" aria-labelledby={headingId} data-slide-id={id}>
      <h2 id={headingId} className="slide__title" tabIndex={-1} ref={activeId === id ? headingRef : undefined}>
        {title}
      </h2>
      {added && (
        <p className="slide__added">
          <span className="badge">{t('reader.added')}</span> {t('reader.addedHint')}
        </p>
      )}
      <div className="slide__body">{children}</div>
    </section>
  );
}

export function Notes({ children }: { children?: ReactNode }) {
  const { showNotes } = useSlideContext();
  const { t } = useTranslation();
  if (!showNotes) return null;
  return (
    <aside className="notes" aria-label={t('reader.notes')}>
      <p className="notes__label">{t('reader.notes')}</p>
      {children}
    </aside>
  );
}

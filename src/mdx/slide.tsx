import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
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
  const { showNotes, notesTarget, notesLabel } = useSlideContext();
  const { t } = useTranslation();
  if (!showNotes || notesTarget === null) return null;
  const notes = (
    <aside className="notes" aria-label={notesLabel ?? t('reader.notes')}>
      <p className="notes__label">{t('reader.notes')}</p>
      {children}
    </aside>
  );
  return notesTarget ? createPortal(notes, notesTarget) : notes;
}

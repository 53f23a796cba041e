import { useId, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import type { SlideMeta } from '../../content/schema';
import { useFormatters } from '../../ui/use-formatters';
import { PresentNotFound } from './present-not-found';
import { SlideStage } from './slide-stage';
import './present.css';

/**
 * `/present/:moduleId/print?notes=1`: every slide of a module, one per printed page (16:9
 * landscape), or with the trainer notes under each slide (A4 portrait). The browser prints it.
 */
export function PrintPage() {
  const { moduleId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const notesId = useId();
  // The box answers at once; the address follows, so a reload or a shared link keeps the choice.
  const [notes, setNotes] = useState(() => params.get('notes') === '1');
  const module = findModule(locale, moduleId);
  if (!module) return <PresentNotFound />;
  const title = t('present.print.title', { module: module.title });
  return (
    <div className="present-print" data-notes={notes}>
      <title>{`${title} · ${t('app.name')}`}</title>
      <div className="present-print__bar">
        <h1 className="present-print__title">{title}</h1>
        <div className="present-print__controls">
          <input
            id={notesId}
            type="checkbox"
            checked={notes}
            onChange={(e) => {
              setNotes(e.target.checked);
              setParams(e.target.checked ? { notes: '1' } : {}, { replace: true });
            }}
          />
          <label htmlFor={notesId}>{t('present.print.withNotes')}</label>
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('present.print.print')}
          </button>
          <Link className="button" to={paths.present.href(module.id)}>
            {t('present.print.backToConsole')}
          </Link>
        </div>
        <p className="hint">{t('present.print.hint')}</p>
      </div>
      <ol className="present-print__pages">
        {module.slides.map((slide, i) => (
          <PrintedSlide key={slide.id} moduleId={module.id} locale={locale} slide={slide} number={i + 1} notes={notes} />
        ))}
      </ol>
    </div>
  );
}

interface PrintedSlideProps {
  moduleId: string;
  locale: Locale;
  slide: SlideMeta;
  number: number;
  notes: boolean;
}

function PrintedSlide({ moduleId, locale, slide, number, notes }: PrintedSlideProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [notesTarget, setNotesTarget] = useState<HTMLDivElement | null>(null);
  const page = f.number(number);
  return (
    <li className="print-page" aria-label={t('present.print.page', { number: page })}>
      <div className="print-page__slide">
        <SlideStage moduleId={moduleId} locale={locale} slideId={slide.id} showNotes={notes} notesTarget={notesTarget} notesLabel={t('present.print.notes', { number: page })} />
      </div>
      {notes && <div className="print-page__notes" ref={setNotesTarget} />}
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { exportHref } from './hr-reports-api';

/** CSV, XLSX and xAPI downloads of exactly what the filters show, in the current language. */
export function ExportLinks({ query }: { query: string }) {
  const { t, i18n } = useTranslation('hr');
  const lang = i18n.language;
  return (
    <nav className="hr-export" aria-label={t('export.title')}>
      <a className="button button--small" href={exportHref.csv(query, lang)} download>
        <span aria-hidden="true">⤓</span> {t('export.csv')}
      </a>
      <a className="button button--small" href={exportHref.xlsx(query, lang)} download>
        <span aria-hidden="true">⤓</span> {t('export.xlsx')}
      </a>
      <a className="button button--small" href={exportHref.ndjson(query)} download>
        <span aria-hidden="true">⤓</span> {t('export.ndjson')}
      </a>
    </nav>
  );
}

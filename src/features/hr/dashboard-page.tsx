import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { useFormatters } from '../../ui/use-formatters';
import { ExportLinks } from './export-links';
import { FilterBar } from './filter-bar';
import { apiQuery, filterSearch, hasFilters, noFilters, readFilters, type HrFilters } from './filters';
import { getProgress } from './hr-api';
import { useHrContext } from './hr-context';
import { ProgressMatrix } from './progress-matrix';
import { ReviewPanel } from './review-panel';
import { useHrResource } from './use-hr-resource';

/** `/hr`: every trainee's progress by module, filtered through the URL, with exports of the same view. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const f = useFormatters();
  const { expire } = useHrContext();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const query = apiQuery(filters);
  const progress = useHrResource(query, (signal) => getProgress(query, signal), expire);
  const data = progress.data;

  // Filters live in the URL, so a reload or a shared link shows the same view; editing them adds no history.
  const setFilters = (next: HrFilters) => setParams(new URLSearchParams(filterSearch(next)), { replace: true });
  const modules = data?.modules ?? courseModules(i18n.language as Locale).map((m) => ({ id: m.id, hasQuiz: Boolean(m.quiz) }));

  return (
    <>
      <title>{`${t('title')} · ${tApp('app.name')}`}</title>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <FilterBar
        filters={filters}
        departments={data?.departments ?? []}
        moduleIds={modules.map((m) => m.id)}
        onChange={(patch) => setFilters({ ...filters, ...patch })}
        onClear={() => setFilters(noFilters)}
      />
      <div className="hr-toolbar">
        <p className="hr-count" role="status">
          {data && !progress.error ? t('count', { count: data.total, total: f.number(data.total), shown: f.number(data.rows.length) }) : ''}
          {progress.loading && data && <span className="hr-updating">{t('matrix.updating')}</span>}
        </p>
        <div className="hr-toolbar__export">
          <ExportLinks query={query} />
          <p className="hint">{t('export.hint')}</p>
        </div>
      </div>
      {progress.error ? (
        <div className="hr-panel load-error" role="alert">
          <p>{progress.error === 'bad_request' ? t('matrix.badFilter') : t('matrix.failed')}</p>
          <button type="button" className="button" onClick={progress.retry}>
            {t('retry')}
          </button>
        </div>
      ) : !data ? (
        <p className="hr-panel loading" role="status">
          {t('matrix.loading')}
        </p>
      ) : data.rows.length === 0 ? (
        <div className="hr-panel hr-empty">
          <p>{data.total === 0 ? t('matrix.noTrainees') : t('matrix.empty')}</p>
          {hasFilters(filters) && (
            <button type="button" className="button" onClick={() => setFilters(noFilters)}>
              {t('filters.clear')}
            </button>
          )}
        </div>
      ) : (
        // A new result starts at the top.
        <ProgressMatrix key={query} rows={data.rows} modules={data.modules} search={filterSearch(filters)} busy={progress.loading} />
      )}
      <ReviewPanel />
    </>
  );
}

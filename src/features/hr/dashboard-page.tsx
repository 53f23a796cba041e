import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Link } from '../../ui/link';
import { paths } from '../../config/paths';
import { useTranslation } from 'react-i18next';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { useFormatters } from '../../ui/use-formatters';
import { ExportLinks } from './export-links';
import { FilterBar } from './filter-bar';
import { apiQuery, filterSearch, hasFilters, noFilters, PAGE_SIZE, readFilters, readView, sortQuery, viewSearch, type HrFilters, type HrView } from './filters';
import { getProgress } from './hr-reports-api';
import { useHrContext } from './hr-context';
import { ProgressMatrix } from './progress-matrix';
import { ReviewPanel } from './review-panel';
import { SavedViews } from './saved-views';
import { DueDatesPanel } from './due-dates-panel';
import { CohortsPanel } from './cohorts-panel';
import { useHrResource } from './use-hr-resource';

/** `/hr`: every trainee's progress by module, filtered through the URL, with exports of the same view. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const f = useFormatters();
  const { expire, roles } = useHrContext();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const view = useMemo(() => readView(new URLSearchParams(search)), [search]);
  const query = apiQuery(filters);
  const exportQuery = [query, sortQuery(view, false)].filter(Boolean).join('&');
  const pageQuery = [query, sortQuery(view, true)].filter(Boolean).join('&');
  const progress = useHrResource(pageQuery, (signal) => getProgress(pageQuery, signal), expire);
  const data = progress.data;
  const pages = data ? Math.max(1, Math.ceil(data.matched / PAGE_SIZE)) : 1;

  // Filters live in the URL, so a reload or a shared link shows the same view; editing them adds no history.
  // A new filter or sort starts at the first page.
  const setFilters = (next: HrFilters) => setParams(new URLSearchParams(viewSearch(next, { ...view, page: 1 })), { replace: true });
  const setView = (next: Partial<HrView>) => setParams(new URLSearchParams(viewSearch(filters, { ...view, page: 1, ...next })), { replace: true });
  const modules = data?.modules ?? courseModules(i18n.language as Locale).map((m) => ({ id: m.id, hasQuiz: Boolean(m.quiz) }));

  return (
    <>
      <title>{`${t('title')} · ${tApp('app.name')}`}</title>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>
        <Link to={paths.hrItems.href()}>{t('items.link')}</Link> · <Link to={paths.hrCharts.href()}>{t('charts.link')}</Link>
        {roles.includes('admin') && (
          <>
            {' · '}
            <Link to={paths.hrRoles.href()}>{t('roles.link')}</Link>
          </>
        )}
      </p>
      <FilterBar
        filters={filters}
        departments={data?.departments ?? []}
        moduleIds={modules.map((m) => m.id)}
        onChange={(patch) => setFilters({ ...filters, ...patch })}
        onClear={() => setFilters(noFilters)}
      />
      <DueDatesPanel departments={data?.departments ?? []} />
      <CohortsPanel />
      <SavedViews search={viewSearch(filters, { ...view, page: 1 })} />
      <div className="hr-toolbar">
        <p className="hr-count" role="status">
          {data && !progress.error ? t('count', { count: data.total, total: f.number(data.total), shown: f.number(data.matched) }) : ''}
          {progress.loading && data && <span className="hr-updating">{t('matrix.updating')}</span>}
        </p>
        <div className="hr-toolbar__export hr-screen-only">
          <ExportLinks query={exportQuery} />
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
        <>
          {/* A new result starts at the top; the table stays the same element, so a column header sorted from the keyboard keeps the focus. */}
          <ProgressMatrix resultKey={pageQuery} rows={data.rows} modules={data.modules} search={filterSearch(filters)} busy={progress.loading} sort={view} onSort={(sort, dir) => setView({ sort, dir })} firstIndex={(view.page - 1) * PAGE_SIZE} total={data.matched} />
          {pages > 1 && (
            <nav className="hr-pager" aria-label={t('pager.label')}>
              <button type="button" className="button button--small" disabled={view.page <= 1} onClick={() => setView({ page: view.page - 1 })}>
                {t('pager.previous')}
              </button>
              <span>{t('pager.page', { page: f.number(Math.min(view.page, pages)), pages: f.number(pages) })}</span>
              <button type="button" className="button button--small" disabled={view.page >= pages} onClick={() => setView({ page: view.page + 1 })}>
                {t('pager.next')}
              </button>
            </nav>
          )}
        </>
      )}
      <ReviewPanel />
    </>
  );
}

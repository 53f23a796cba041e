import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow" role="alert">
      <title>{`${t('errors.title')} · ${t('app.name')}`}</title>
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.body')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

/**
 * A page that throws (or whose chunk fails to load) shows the error page instead of a blank screen;
 * moving on to another path clears it. Not keyed by path: a page that stays the same page on a new
 * path (the reader turning a slide) stays mounted, so a key pressed while it turns is not lost.
 */
export class RouteErrorBoundary extends Component<{ path: string; children: ReactNode }, { failed: boolean; path: string }> {
  override state = { failed: false, path: this.props.path };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: { path: string }, state: { failed: boolean; path: string }) {
    return props.path === state.path ? null : { failed: false, path: props.path };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <title>{`${t('errors.notFoundTitle')} · ${t('app.name')}`}</title>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundBody')}</p>
      <Link className="button" to={paths.home.href()}>
        {t('reader.backHome')}
      </Link>
    </div>
  );
}

import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';

/** The top of a printable trainer sheet: its title (also the tab's), an intro, Print, the other sheet and home. */
export function PrintSheetBar({ title, intro, other }: { title: string; intro: string; other: { href: string; label: string } }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <div className="trainer-print__bar">
        <h1>{title}</h1>
        <p>{intro}</p>
        <div className="trainer-print__controls">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('trainer.print')}
          </button>
          <Link className="button" to={other.href}>
            {other.label}
          </Link>
          <Link className="button" to={paths.home.href()}>
            {t('trainer.backHome')}
          </Link>
        </div>
      </div>
    </>
  );
}

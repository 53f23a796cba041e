import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { Locale } from '../../content/locales';
import { bestRun } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { useFormatters } from '../../ui/use-formatters';
import { endingLabel, objectionLabel } from './labels';
import { RoleplayBoundary } from './roleplay-boundary';
import { useAllRoleplays } from './use-roleplays';
import './roleplay.css';

/** `/practice/roleplay`: the six objections, each with the trainee's best score so far. */
export function RoleplayListPage() {
  const { t } = useTranslation();
  return (
    <div className="page roleplay-list">
      <title>{`${t('roleplay.title')} · ${t('app.name')}`}</title>
      <h1>{t('roleplay.title')}</h1>
      <p className="lead">{t('roleplay.intro')}</p>
      <RoleplayBoundary>
        <ScenarioCards />
      </RoleplayBoundary>
    </div>
  );
}

function ScenarioCards() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;
  const scenarios = useAllRoleplays();
  const { runs, active } = useRoleplayStore((s) => s.roleplay);
  return (
    <ul className="roleplay-cards">
      {scenarios.map((s) => {
        const best = bestRun(runs, s.id);
        return (
          <li key={s.id} className="roleplay-card">
            <p className="roleplay-card__kind">{t(objectionLabel[s.objection])}</p>
            <h2 className="roleplay-card__title">{s.title[locale]}</h2>
            <p className="roleplay-card__persona">{s.persona[locale]}</p>
            <p className="roleplay-card__status">
              {best
                ? `${t('roleplay.best', { score: f.number(best.score) })} · ${t(endingLabel[best.ending])}`
                : active[s.id]
                  ? t('roleplay.inProgress')
                  : t('roleplay.notPlayed')}
            </p>
            <Link className="button button--primary" to={paths.roleplay.href(s.id)}>
              {active[s.id] ? t('roleplay.continue') : t('roleplay.start')}
              <span className="visually-hidden"> · {t(objectionLabel[s.objection])}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AchievableWorking } from '../../domain';
import { useGoalText } from './use-goal-text';

/** How Achievable was judged: the baseline and where it came from, the change, and the band it was compared with. */
export function AchievableWorkingView({ working }: { working: AchievableWorking }) {
  const { t, i18n } = useTranslation();
  const { figure } = useGoalText();
  const signed = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }), [i18n.language]);
  const value = figure(working.baseline, working.unit);
  return (
    <section className="working" aria-labelledby="smart-working-title">
      <h3 id="smart-working-title">{t('smart.working.title')}</h3>
      <dl className="parsed">
        <div>
          <dt>{t('smart.working.baseline')}</dt>
          <dd>{working.source === 'goal' ? t('smart.working.fromGoal', { value }) : t('smart.working.fromCompany', { value })}</dd>
        </div>
        <div>
          <dt>{t('smart.working.change')}</dt>
          <dd>{signed.format(working.change)}</dd>
        </div>
        <div>
          <dt>{t('smart.working.band')}</dt>
          <dd>{t('smart.working.bandRange', { min: signed.format(working.band.min), max: signed.format(working.band.max) })}</dd>
        </div>
      </dl>
    </section>
  );
}

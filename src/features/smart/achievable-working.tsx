import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AchievableWorking } from '../../domain';
import { useGoalText } from './use-goal-text';

/** How Achievable was judged: the baseline and where it came from, the change, and the band it was compared with. */
export function AchievableWorkingView({ working }: { working: AchievableWorking }) {
  const { t, i18n } = useTranslation();
  const { computed, points } = useGoalText();
  const signed = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }), [i18n.language]);
  const value = computed(working.baseline, working.unit);
  const change = (n: number) => (working.scale === 'points' ? points(n) : signed.format(n));
  const share = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }), [i18n.language]);
  const list = useMemo(() => new Intl.ListFormat(i18n.language, { type: 'conjunction' }), [i18n.language]);
  const source =
    working.source === 'goal'
      ? t('smart.working.fromGoal', { value })
      : working.scope
        ? t('smart.working.fromScope', { value, scope: list.format(working.scope.names), share: share.format(working.scope.share) })
        : t('smart.working.fromCompany', { value });
  return (
    <section className="working" aria-labelledby="smart-working-title">
      <h3 id="smart-working-title">{t('smart.working.title')}</h3>
      <dl className="parsed">
        <div>
          <dt>{t('smart.working.baseline')}</dt>
          <dd>{source}</dd>
        </div>
        <div>
          <dt>{t('smart.working.change')}</dt>
          <dd>{change(working.change)}</dd>
        </div>
        <div>
          <dt>{t('smart.working.band')}</dt>
          <dd>{t('smart.working.bandRange', { min: change(working.band.min), max: change(working.band.max) })}</dd>
        </div>
      </dl>
    </section>
  );
}

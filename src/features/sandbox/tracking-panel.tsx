import { useTranslation } from 'react-i18next';
import { trackPlan, type AlertMetric } from '../../domain';
import type { SandboxState } from '../../stores/sandbox-schema';
import { useSandboxStore } from '../../stores/sandbox-store';
import { NumberField } from '../../ui/number-field';
import { useSandboxText } from './use-labels';
import { useFormatters } from '../../ui/use-formatters';

const alertText = {
  pipelineCoverage: 'sandbox.alerts.pipelineCoverage',
  newOpportunities: 'sandbox.alerts.newOpportunities',
  activityCompletion: 'sandbox.alerts.activityCompletion',
} as const satisfies Record<AlertMetric, string>;

/** Actuals against the monthly targets, the deck's warnings and whether to adjust the target. */
export function TrackingPanel({ state, monthTargets }: { state: SandboxState; monthTargets: number[] | undefined }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const text = useSandboxText();
  const update = useSandboxStore((s) => s.update);
  const plan = state.plan;
  const tracked = trackPlan(plan, monthTargets ?? []);
  const notNumber = t('sandbox.errors.notNumber');
  const nonNegative = (n: number) => (n < 0 ? t('sandbox.errors.negative') : undefined);
  const setTracking = (key: keyof SandboxState['plan']['tracking'], v: number | null) =>
    update((s) => ({ ...s, plan: { ...s.plan, tracking: { ...s.plan.tracking, [key]: v === null ? null : v / 100 } } }));
  const asPercent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

  return (
    <section className="sandbox-panel" aria-labelledby="tracking-title">
      <h2 id="tracking-title">{t('sandbox.tracking')}</h2>
      <p className="hint">{t('sandbox.actuals')}</p>
      <div className="actuals">
        {plan.actuals.map((a, i) => {
          const target = monthTargets?.[i];
          return (
            <div key={i} className="actuals__month">
              <NumberField
                label={t('sandbox.actualLabel', { month: f.number(i + 1) })}
                value={a === null ? null : text.toField(a)}
                allowEmpty
                notANumber={notNumber}
                validate={(n) => nonNegative(n) ?? text.tooLarge(n)}
                onCommit={(v) => update((s) => ({ ...s, plan: { ...s.plan, actuals: s.plan.actuals.map((x, j) => (j === i ? (v === null ? null : text.fromField(v)) : x)) } }))}
              />
              {a !== null && target ? <span className="actuals__ratio">{text.percent(a / target)}</span> : null}
            </div>
          );
        })}
      </div>
      <p role="status" className={`signal signal--${tracked.signal ?? 'none'}`}>
        {tracked.ratios.length === 0 ? t('sandbox.noActuals') : tracked.signal === 'lower' ? t('sandbox.signal.lower') : tracked.signal === 'raise' ? t('sandbox.signal.raise') : t('sandbox.signal.none')}
      </p>
      <div className="sandbox-inputs">
        <NumberField label={t('sandbox.coverage')} value={asPercent(plan.tracking.pipelineCoverage)} allowEmpty notANumber={notNumber} validate={nonNegative} onCommit={(v) => setTracking('pipelineCoverage', v)} />
        <NumberField label={t('sandbox.newOpps')} value={asPercent(plan.tracking.newOpportunitiesRatio)} allowEmpty notANumber={notNumber} validate={nonNegative} onCommit={(v) => setTracking('newOpportunitiesRatio', v)} />
        <NumberField label={t('sandbox.activity')} value={asPercent(plan.tracking.activityCompletion)} allowEmpty notANumber={notNumber} validate={nonNegative} onCommit={(v) => setTracking('activityCompletion', v)} />
      </div>
      {tracked.alerts.length === 0 ? (
        <p className="hint">{t('sandbox.noAlerts')}</p>
      ) : (
        <ul className="alerts">
          {tracked.alerts.map((a) => (
            <li key={a.metric} className={`alert alert--${a.level}`}>
              {t(alertText[a.metric])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarios } from '../../content/scenarios';
import { decompose } from '../../domain';
import { useSandboxStore } from '../../stores/sandbox-store';
import { ActionPlan } from './action-plan';
import { BreakdownTable } from './breakdown-table';
import { ExportPanel } from './export-panel';
import { FunnelPanel } from './funnel-panel';
import { planFromScenario } from './initial-plans';
import { SetupPanel } from './setup-panel';
import { SharedPlanOffer } from './shared-plan-offer';
import { TrackingPanel } from './tracking-panel';
import { viewLabel, views, type View } from './use-labels';
import { useSharedPlan } from './use-shared-plan';
// The sandbox's styles, one file per part, in the order the cascade had them in one file.
import './sandbox.css';
import './sandbox-breakdown.css';
import './sandbox-tracking.css';
import './sandbox-action-plan.css';
import './sandbox-shared.css';

/** While a shared plan is only looked at, its fields cannot change anything (they would write to the trainee's own plan). */
function ReadOnly({ on, children }: { on: boolean; children: ReactNode }) {
  return (
    <fieldset className="sandbox-readonly" disabled={on}>
      {children}
    </fieldset>
  );
}

/** `/practice/sandbox`: from a yearly target to months, regions, products, people and tiers. */
export function SandboxPage() {
  const { t } = useTranslation();
  const shared = useSharedPlan();
  const stored = useSandboxStore((s) => s.sandbox);
  const own = stored ?? planFromScenario(scenarios[0]!);
  // A shared plan being looked at is shown, read-only: the trainee's own plan stays saved as it is.
  const state = shared.offer ?? own;
  const preview = Boolean(shared.offer);
  const [view, setView] = useState<View>('quarters');
  const tabsId = useId();
  const parts = decompose(state.plan);

  // The first visit starts from the first company, saved so a reload finds the same plan.
  useEffect(() => {
    if (!useSandboxStore.getState().sandbox) useSandboxStore.getState().set(state);
  }, [state]);

  return (
    <div className="page sandbox-page">
      <title>{`${t('sandbox.title')} · ${t('app.name')}`}</title>
      <h1>{t('sandbox.title')}</h1>
      <p className="lead">{t('sandbox.intro')}</p>
      {shared.bad && (
        <p className="notice" role="alert">
          {t('sandbox.badLink')}
        </p>
      )}
      <SharedPlanOffer shared={shared} own={stored} />
      <ReadOnly on={preview}>
        <SetupPanel state={state} />
      </ReadOnly>
      <section className="sandbox-panel" aria-labelledby={`${tabsId}-title`}>
        <h2 id={`${tabsId}-title`}>{t('sandbox.viewsLabel')}</h2>
        <div className="segmented segmented--wrap" role="group" aria-label={t('sandbox.viewsLabel')}>
          {views.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(viewLabel[v])}
            </button>
          ))}
        </div>
        <ReadOnly on={preview}>
          <BreakdownTable view={view} plan={state.plan} split={parts[view]} />
        </ReadOnly>
      </section>
      <ReadOnly on={preview}>
        <FunnelPanel state={state} parts={parts} />
        <TrackingPanel state={state} monthTargets={'values' in parts.months ? parts.months.values : undefined} />
      </ReadOnly>
      <ExportPanel state={state} parts={parts} />
      <ReadOnly on={preview}>
        <ActionPlan state={state} />
      </ReadOnly>
    </div>
  );
}

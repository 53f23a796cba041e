import { useEffect, useId, useState } from 'react';
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
import { decodePlan, PLAN_HASH } from './share-link';
import { TrackingPanel } from './tracking-panel';
import { viewLabel, views, type View } from './use-labels';
import './sandbox.css';

/** Reads a plan shared as a link once; a link that cannot be trusted is refused and said so. */
function useSharedPlan(): boolean {
  const set = useSandboxStore((s) => s.set);
  const [bad, setBad] = useState(false);
  useEffect(() => {
    const hash = window.location.hash;
    if (!hash.startsWith(PLAN_HASH)) return;
    const plan = decodePlan(hash.slice(PLAN_HASH.length));
    if (plan) set(plan);
    else setBad(true);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }, [set]);
  return bad;
}

/** `/practice/sandbox`: from a yearly target to months, regions, products, people and tiers. */
export function SandboxPage() {
  const { t } = useTranslation();
  const badLink = useSharedPlan();
  const stored = useSandboxStore((s) => s.sandbox);
  const state = stored ?? planFromScenario(scenarios[0]!);
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
      {badLink && (
        <p className="notice" role="alert">
          {t('sandbox.badLink')}
        </p>
      )}
      <SetupPanel state={state} />
      <section className="sandbox-panel" aria-labelledby={`${tabsId}-title`}>
        <h2 id={`${tabsId}-title`}>{t('sandbox.viewsLabel')}</h2>
        <div className="segmented segmented--wrap" role="group" aria-label={t('sandbox.viewsLabel')}>
          {views.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(viewLabel[v])}
            </button>
          ))}
        </div>
        <BreakdownTable view={view} plan={state.plan} split={parts[view]} />
      </section>
      <FunnelPanel state={state} parts={parts} />
      <TrackingPanel state={state} monthTargets={'values' in parts.months ? parts.months.values : undefined} />
      <ExportPanel state={state} parts={parts} />
      <ActionPlan state={state} />
    </div>
  );
}

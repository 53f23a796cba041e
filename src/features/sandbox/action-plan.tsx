import { useTranslation } from 'react-i18next';
import { findScenario } from '../../content/scenarios';
import { funnelPlan, toCsv } from '../../domain';
import { actionPlanLimits, type SandboxState } from '../../stores/sandbox-schema';
import { useSandboxStore } from '../../stores/sandbox-store';
import { downloadFile } from '../../ui/download-file';
import { useFocusAfterRemoval } from '../../ui/use-focus-after-removal';
import { useFormatters } from '../../ui/use-formatters';
import { useSandboxText } from './use-labels';

type Row = SandboxState['actionPlan'][number];
const columns = ['activity', 'frequency', 'resources', 'owner', 'start', 'end', 'indicator'] as const;
const columnLabel = {
  activity: 'sandbox.actionPlan.columns.activity',
  frequency: 'sandbox.actionPlan.columns.frequency',
  resources: 'sandbox.actionPlan.columns.resources',
  owner: 'sandbox.actionPlan.columns.owner',
  start: 'sandbox.actionPlan.columns.start',
  end: 'sandbox.actionPlan.columns.end',
  indicator: 'sandbox.actionPlan.columns.indicator',
} as const satisfies Record<(typeof columns)[number], string>;

const newId = () => globalThis.crypto?.randomUUID?.() ?? String(Date.now() + Math.random());

/** Module 09's action-plan template, filled from the decomposed target, printable and exportable. */
export function ActionPlan({ state }: { state: SandboxState }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const text = useSandboxText();
  const update = useSandboxStore((s) => s.update);
  const rows = state.actionPlan;
  const setRows = (change: (rows: Row[]) => Row[]) => update((s) => ({ ...s, actionPlan: change(s.actionPlan) }));
  // A removed row takes its button with it: focus goes to the row now in its place.
  const { section, removing } = useFocusAfterRemoval(rows, 'tbody td:last-child button');
  const label = (column: (typeof columns)[number]) => t(columnLabel[column]);

  const suggest = () => {
    const plan = state.plan;
    const funnel = funnelPlan({ revenueTarget: plan.annualTarget, averageDealSize: plan.funnel.averageDealSize, stageRates: plan.funnel.stageRates });
    const year = findScenario(state.scenarioId ?? undefined)?.year ?? new Date().getFullYear();
    const owner = plan.people[0]?.name[text.locale] ?? '';
    const common = { resources: t('sandbox.actionPlan.suggestions.resources'), owner, start: `${year}-01-01`, end: `${year}-12-31` };
    const rate = (i: number) => f.ratio(plan.funnel.stageRates[i + 1]! / plan.funnel.stageRates[i]!);
    setRows((r) => [
      ...r,
      { id: newId(), activity: t('sandbox.actionPlan.suggestions.leads'), frequency: t('sandbox.actionPlan.suggestions.leadsFreq', { formatted: f.number(funnel.perWeek[0]!) }), indicator: t('sandbox.actionPlan.suggestions.indicator', { stage: t('sandbox.stages.lead'), rate: rate(0) }), ...common },
      { id: newId(), activity: t('sandbox.actionPlan.suggestions.needs'), frequency: t('sandbox.actionPlan.suggestions.needsFreq', { formatted: f.number(funnel.perWeek[2]!) }), indicator: t('sandbox.actionPlan.suggestions.indicator', { stage: t('sandbox.stages.needs'), rate: rate(2) }), ...common },
      { id: newId(), activity: t('sandbox.actionPlan.suggestions.proposals'), frequency: t('sandbox.actionPlan.suggestions.proposalsFreq', { formatted: f.number(funnel.perWeek[3]!) }), indicator: t('sandbox.actionPlan.suggestions.indicator', { stage: t('sandbox.stages.proposal'), rate: rate(3) }), ...common },
    ]);
  };

  const exportCsv = () =>
    downloadFile('action-plan.csv', toCsv([columns.map(label), ...rows.map((r) => columns.map((c) => r[c]))]), 'text/csv;charset=utf-8');

  const print = () => {
    document.body.classList.add('printing-action-plan');
    window.addEventListener('afterprint', () => document.body.classList.remove('printing-action-plan'), { once: true });
    window.print();
  };

  return (
    <section className="sandbox-panel action-plan" aria-labelledby="action-plan-title" ref={section}>
      <h2 id="action-plan-title" tabIndex={-1}>
        {t('sandbox.actionPlan.title')}
      </h2>
      <p className="hint">{t('sandbox.actionPlan.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('sandbox.actionPlan.empty')}</p>
      ) : (
        <div className="action-plan__scroll">
          <table className="breakdown__table action-plan__table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {label(c)}
                  </th>
                ))}
                <td />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                // Dates are ISO (yyyy-mm-dd), so text order is date order.
                const endsEarly = row.start !== '' && row.end !== '' && row.end < row.start;
                const errorId = `${row.id}-end-error`;
                return (
                  <tr key={row.id}>
                    {columns.map((c) => (
                      <td key={c} data-label={label(c)}>
                        <input
                          type={c === 'start' || c === 'end' ? 'date' : 'text'}
                          aria-label={t('sandbox.actionPlan.cellLabel', { row: f.number(i + 1), column: label(c) })}
                          value={row[c]}
                          maxLength={actionPlanLimits.length[c]}
                          aria-invalid={c === 'end' && endsEarly ? true : undefined}
                          aria-describedby={c === 'end' && endsEarly ? errorId : undefined}
                          onChange={(e) => setRows((rs) => rs.map((r) => (r.id === row.id ? { ...r, [c]: e.target.value } : r)))}
                        />
                        {c === 'end' && endsEarly && (
                          <span id={errorId} className="field-error" role="alert">
                            {t('sandbox.actionPlan.endsEarly')}
                          </span>
                        )}
                      </td>
                    ))}
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('sandbox.actionPlan.remove', { row: f.number(i + 1) })}
                        onClick={() => {
                          removing(i);
                          setRows((rs) => rs.filter((r) => r.id !== row.id));
                        }}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        {/* The suggestion adds three rows; past the limit the saved plan could not be read back. */}
        <button type="button" className="button" disabled={rows.length + 3 > actionPlanLimits.rows} onClick={suggest}>
          {t('sandbox.actionPlan.suggest')}
        </button>
        <button
          type="button"
          className="button"
          disabled={rows.length >= actionPlanLimits.rows}
          onClick={() => setRows((rs) => [...rs, { id: newId(), activity: '', frequency: '', resources: '', owner: '', start: '', end: '', indicator: '' }])}
        >
          {t('sandbox.actionPlan.add')}
        </button>
        <button type="button" className="button" disabled={rows.length === 0} onClick={exportCsv}>
          {t('sandbox.actionPlan.csv')}
        </button>
        <button type="button" className="button" disabled={rows.length === 0} onClick={print}>
          {t('sandbox.actionPlan.print')}
        </button>
      </div>
    </section>
  );
}

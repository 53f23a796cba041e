import { useTranslation } from 'react-i18next';
import type { Split } from '../../domain';
import type { SandboxState } from '../../stores/sandbox-schema';
import { useSandboxStore } from '../../stores/sandbox-store';
import { NumberField } from '../../ui/number-field';
import { BarChart } from './bar-chart';
import { useSandboxText, viewLabel, type View } from './use-labels';

type Plan = SandboxState['plan'];
type Editable = 'months' | 'regions' | 'products' | 'tiers' | 'people';

const errorText = {
  NO_WEIGHTS: 'sandbox.errors.NO_WEIGHTS',
  INVALID_NUMBER: 'sandbox.errors.INVALID_NUMBER',
  ZERO_WEIGHTS: 'sandbox.errors.ZERO_WEIGHTS',
  LOCKED_EXCEEDS_TOTAL: 'sandbox.errors.LOCKED_EXCEEDS_TOTAL',
  NOT_A_MULTIPLE: 'sandbox.errors.NOT_A_MULTIPLE',
  LENGTH_MISMATCH: 'sandbox.errors.LENGTH_MISMATCH',
} as const;

/** One view of the breakdown: a row per part with its weight, lock and amount, and the check that it all adds up. */
export function BreakdownTable({ view, plan, split }: { view: View; plan: Plan; split: Split }) {
  const { t } = useTranslation();
  const text = useSandboxText();
  const update = useSandboxStore((s) => s.update);

  const names = (): string[] => {
    if (view === 'months') return plan.months.map((_, i) => text.month(i));
    if (view === 'quarters') return [0, 1, 2, 3].map(text.quarter);
    if (view === 'tiers') return plan.tiers.map((x) => text.tier(x.id));
    return plan[view].map((x) => x.name[text.locale]);
  };
  const rows = names();
  const editable = view !== 'quarters';

  const change = <K extends Editable>(key: K, index: number, patch: Partial<Plan[K][number]>) =>
    update((s) => ({ ...s, plan: { ...s.plan, [key]: (s.plan[key] as Plan[K][number][]).map((x, i) => (i === index ? { ...x, ...patch } : x)) } }));

  const notNumber = t('sandbox.errors.notNumber');
  const lockCheck = (n: number) =>
    n < 0 ? t('sandbox.errors.negative') : !text.isWholeStep(n) ? t('sandbox.errors.NOT_A_MULTIPLE') : text.fromField(n) > plan.annualTarget ? t('sandbox.errors.tooHigh') : undefined;

  const values = 'values' in split ? split.values : undefined;
  const sum = values?.reduce((a, b) => a + b, 0) ?? 0;

  return (
    <div className="breakdown">
      {'error' in split && (
        <p className="field-error" role="alert">
          {t(errorText[split.error])}
        </p>
      )}
      <div className="breakdown__layout">
        <div className="table-scroll">
        <table className="breakdown__table">
          <caption className="visually-hidden">{t(viewLabel[view])}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sandbox.name')}</th>
              {view === 'people' ? (
                <>
                  <th scope="col">{t('sandbox.years')}</th>
                  <th scope="col">{t('sandbox.rampUp')}</th>
                </>
              ) : (
                editable && <th scope="col">{t('sandbox.weight')}</th>
              )}
              {editable && <th scope="col">{t('sandbox.locked')}</th>}
              <th scope="col">{t('sandbox.amount')}</th>
              <th scope="col">{t('sandbox.share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((name, i) => {
              const item = editable ? (plan[view as Editable][i] as { locked: number | null; weight?: number; years?: number; rampUp?: number }) : undefined;
              const amount = values?.[i];
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  {view === 'people' && item ? (
                    <>
                      <td>
                        <NumberField hideLabel label={t('sandbox.yearsLabel', { name })} value={item.years!} notANumber={notNumber} validate={(n) => text.outOfRange(n, 0, 60)} onCommit={(v) => change('people', i, { years: v ?? 0 })} />
                      </td>
                      <td>
                        <NumberField
                          hideLabel
                          label={t('sandbox.rampLabel', { name })}
                          value={Math.round(item.rampUp! * 100)}
                          notANumber={notNumber}
                          validate={(n) => (n < 0 || n > 100 ? t('sandbox.errors.percent') : undefined)}
                          onCommit={(v) => change('people', i, { rampUp: (v ?? 0) / 100 })}
                        />
                      </td>
                    </>
                  ) : (
                    item && (
                      <td>
                        <NumberField hideLabel label={t('sandbox.weightLabel', { name })} value={item.weight!} notANumber={notNumber} validate={(n) => text.outOfRange(n, 0, 1e9)} onCommit={(v) => change(view as Editable, i, { weight: v ?? 0 })} />
                      </td>
                    )
                  )}
                  {item && (
                    <td>
                      <div className="breakdown__lock">
                        <input
                          type="checkbox"
                          aria-label={t('sandbox.lockLabel', { name })}
                          checked={item.locked !== null}
                          onChange={(e) => change(view as Editable, i, { locked: e.target.checked ? (amount ?? 0) : null })}
                        />
                        {item.locked !== null && (
                          <NumberField
                            hideLabel
                            label={t('sandbox.lockValueLabel', { name })}
                            value={text.toField(item.locked)}
                            notANumber={notNumber}
                            validate={lockCheck}
                            onCommit={(v) => change(view as Editable, i, { locked: text.fromField(v ?? 0) })}
                          />
                        )}
                      </div>
                    </td>
                  )}
                  <td className="num">{amount !== undefined ? text.tableFigure(amount) : '—'}</td>
                  <td className="num">{amount !== undefined && plan.annualTarget ? text.percent(amount / plan.annualTarget) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('sandbox.total')}</th>
              {editable && <td colSpan={view === 'people' ? 3 : 2} />}
              <td className="num">{values ? text.tableFigure(sum) : '—'}</td>
              <td className="num">{values ? text.percent(plan.annualTarget ? sum / plan.annualTarget : 0) : '—'}</td>
            </tr>
          </tfoot>
        </table>
        </div>
        {values && (
          <BarChart
            label={t('sandbox.chartLabel', { view: t(viewLabel[view]) })}
            bars={rows.map((name, i) => ({ name, value: values[i]!, group: view === 'months' ? Math.floor(i / 3) : 0 }))}
            format={text.money}
          />
        )}
      </div>
      {values && sum === plan.annualTarget && <p className="breakdown__ok">{t('sandbox.sumOk', { sum: text.money(sum) })}</p>}
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { funnelPlan, MAX_WAN, PLAN_STEP, type Decomposition } from '../../domain';
import type { SandboxState } from '../../stores/sandbox-schema';
import { useSandboxStore } from '../../stores/sandbox-store';
import { NumberField } from '../../ui/number-field';
import { useFormatters } from '../../ui/use-formatters';
import { ScrollRegion } from '../../ui/scroll-region';
import { useSandboxText } from './use-labels';

const stageKeys = ['sandbox.stages.lead', 'sandbox.stages.contact', 'sandbox.stages.needs', 'sandbox.stages.proposal', 'sandbox.stages.closed'] as const;

/** The funnel and the activity it takes to reach any one cell of the plan. */
export function FunnelPanel({ state, parts }: { state: SandboxState; parts: Decomposition }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const text = useSandboxText();
  const update = useSandboxStore((s) => s.update);
  const id = useId();
  const plan = state.plan;

  const cells: { key: string; label: string; amount: number; months: number }[] = [{ key: 'year', label: t('sandbox.total'), amount: plan.annualTarget, months: 12 }];
  const add = (prefix: string, names: string[], values: number[] | undefined, months: number) =>
    values?.forEach((v, i) => cells.push({ key: `${prefix}-${i}`, label: names[i]!, amount: v, months }));
  add('q', [0, 1, 2, 3].map(text.quarter), 'values' in parts.quarters ? parts.quarters.values : undefined, 3);
  add('m', plan.months.map((_, i) => text.month(i)), 'values' in parts.months ? parts.months.values : undefined, 1);
  add('r', plan.regions.map((r) => t('sandbox.annualCell', { name: r.name[text.locale] })), 'values' in parts.regions ? parts.regions.values : undefined, 12);
  add('p', plan.products.map((r) => t('sandbox.annualCell', { name: r.name[text.locale] })), 'values' in parts.products ? parts.products.values : undefined, 12);
  add('s', plan.people.map((r) => t('sandbox.annualCell', { name: r.name[text.locale] })), 'values' in parts.people ? parts.people.values : undefined, 12);

  const [key, setKey] = useState('year');
  const cell = cells.find((c) => c.key === key) ?? cells[0]!;
  const result = funnelPlan({ revenueTarget: cell.amount, averageDealSize: plan.funnel.averageDealSize, stageRates: plan.funnel.stageRates, months: cell.months });
  const widest = Math.max(1, result.stageCounts[0] ?? 1);

  return (
    <section className="sandbox-panel" aria-labelledby="funnel-title">
      <h2 id="funnel-title">{t('sandbox.funnel')}</h2>
      <div className="sandbox-inputs">
        <span className="number-field">
          <label htmlFor={id}>{t('sandbox.funnelFor')}</label>
          <select id={id} value={cell.key} onChange={(e) => setKey(e.target.value)}>
            {cells.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label} · {text.money(c.amount)}
              </option>
            ))}
          </select>
        </span>
        <NumberField
          label={t('sandbox.dealSize')}
          value={text.toField(plan.funnel.averageDealSize)}
          notANumber={t('sandbox.errors.notNumber')}
          validate={(n) => (n <= 0 ? t('sandbox.errors.positive') : text.fromField(n) > MAX_WAN * PLAN_STEP ? t('sandbox.errors.tooLarge', { max: text.maxField }) : undefined)}
          onCommit={(v) => v && update((s) => ({ ...s, plan: { ...s.plan, funnel: { ...s.plan.funnel, averageDealSize: text.fromField(v) } } }))}
        />
      </div>
      <p className="sandbox-wins">{t('sandbox.wins', { count: result.wins, wins: f.number(result.wins) })}</p>
      <ScrollRegion label={t('sandbox.funnel')}>
        <table className="funnel-table">
          <thead>
            <tr>
              <th scope="col">{t('sandbox.stage')}</th>
              <th scope="col">{t('sandbox.count')}</th>
              <th scope="col">{t('sandbox.perMonth')}</th>
              <th scope="col">{t('sandbox.perWeek')}</th>
            </tr>
          </thead>
          <tbody>
            {result.stageCounts.map((count, i) => (
              <tr key={i}>
                <th scope="row">
                  <span className="funnel-bar" style={{ inlineSize: `${Math.max(8, (count / widest) * 100)}%` }} aria-hidden="true" />
                  {stageKeys[i] ? t(stageKeys[i]) : f.number(i + 1)} ({f.ratio(plan.funnel.stageRates[i]!)})
                </th>
                <td className="num">{f.number(count)}</td>
                <td className="num">{f.number(result.perMonth[i]!)}</td>
                <td className="num">{f.number(result.perWeek[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, type Decomposition } from '../../domain';
import type { SandboxState } from '../../stores/sandbox-schema';
import { downloadFile } from '../../ui/download-file';
import { loadShareLink, useShareLink } from './load-share-link';
import { PLAN_HASH } from './plan-hash';
import { useSandboxText, viewLabel, views, type View } from './use-labels';

/** CSV and XLSX of every breakdown, and a link that carries the whole plan. */
export function ExportPanel({ state, parts }: { state: SandboxState; parts: Decomposition }) {
  const { t } = useTranslation();
  const text = useSandboxText();
  const id = useId();
  const [status, setStatus] = useState('');
  const plan = state.plan;
  const linkOf = (encodePlan: (plan: SandboxState) => string) => `${window.location.origin}${window.location.pathname}${PLAN_HASH}${encodePlan(state)}`;
  const codec = useShareLink();
  const link = codec && linkOf(codec.encodePlan);

  const namesOf = (view: View): string[] =>
    view === 'months'
      ? plan.months.map((_, i) => text.month(i))
      : view === 'quarters'
        ? [0, 1, 2, 3].map(text.quarter)
        : view === 'tiers'
          ? plan.tiers.map((x) => text.tier(x.id))
          : plan[view].map((x) => x.name[text.locale]);
  const header = [t('sandbox.viewsLabel'), t('sandbox.name'), t('sandbox.amount'), t('sandbox.share')];
  const rowsOf = (view: View) => {
    const split = parts[view];
    if (!('values' in split)) return [];
    const names = namesOf(view);
    return split.values.map((v, i) => [t(viewLabel[view]), names[i]!, text.sheetFigure(v), plan.annualTarget ? Math.round((v / plan.annualTarget) * 10_000) / 10_000 : 0]);
  };

  const csv = () => downloadFile('target-plan.csv', toCsv([header, ...views.flatMap(rowsOf)]), 'text/csv;charset=utf-8');
  // The workbook writer (and its zip) loads when a workbook is asked for, not with the page.
  const xlsx = async () => {
    const { buildXlsx } = await import('../../domain/xlsx');
    const bytes = buildXlsx(views.map((view) => ({ name: t(viewLabel[view]), rows: [header, ...rowsOf(view)] })));
    downloadFile('target-plan.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linkOf((await loadShareLink()).encodePlan));
      setStatus(t('sandbox.copied'));
    } catch {
      document.getElementById(id)?.focus();
    }
  };

  return (
    <section className="sandbox-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('sandbox.export')}</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={csv}>
          {t('sandbox.csv')}
        </button>
        <button type="button" className="button" onClick={() => void xlsx()}>
          {t('sandbox.xlsx')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('sandbox.shareLink')}
        </button>
      </div>
      {link !== undefined && (
        <div className="field">
          <label htmlFor={id}>{t('sandbox.shareLabel')}</label>
          <input id={id} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
      )}
      <p role="status">{status}</p>
    </section>
  );
}

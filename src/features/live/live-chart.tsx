import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/use-formatters';

export interface ChartRow {
  id: string;
  label: string;
  count: number;
  correct?: boolean;
  /** This phone's own choice. */
  mine?: boolean;
}

/** Answers per option as bars, each with its label and count in text (color is never the only cue). */
export function LiveChart({ rows, total, label }: { rows: ChartRow[]; total: number; label?: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <ul className="live-chart" aria-label={label ?? t('live.host.chart')}>
      {rows.map((r) => (
        <li key={r.id} className={`live-chart__row${r.correct ? ' live-chart__row--correct' : ''}${r.mine ? ' live-chart__row--mine' : ''}`}>
          <span className="live-chart__label">
            {r.label}
            {r.correct ? t('live.host.correctMark') : ''}
            {r.mine ? t('live.mineMark') : ''}
          </span>
          <span className="live-chart__bar" aria-hidden="true">
            <span style={{ inlineSize: `${total ? (r.count / total) * 100 : 0}%` }} />
          </span>
          <span className="live-chart__count">{f.number(r.count)}</span>
        </li>
      ))}
    </ul>
  );
}
